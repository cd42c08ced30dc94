// Standard output without the cost of process.stdout where it is not needed.
// Creating process.stdout loads Node's stream modules (about 2 ms of a 35 ms run);
// a file, a terminal or /dev/null takes a plain blocking write just as well.
// Pipes and sockets still go through process.stdout, which handles back-pressure.
import { fstatSync, statSync, writeSync } from 'node:fs';

type Kind = 'pipe' | 'terminal' | 'null' | 'file';

let kind: Kind | undefined;

function stdoutKind(): Kind {
  if (kind) return kind;
  try {
    const stats = fstatSync(1);
    if (stats.isFIFO() || stats.isSocket()) kind = 'pipe';
    else if (stats.isCharacterDevice()) kind = stats.rdev === statSync('/dev/null').rdev ? 'null' : 'terminal';
    else kind = 'file';
  } catch {
    kind = 'pipe'; // unknown: let Node decide
  }
  return kind;
}

/** Whether standard output is a terminal (loads node:tty only for a character device that may be one). */
export function stdoutIsTerminal(): boolean {
  return stdoutKind() === 'terminal' && process.getBuiltinModule('node:tty').isatty(1);
}

let pipeGuarded = false;

export function writeStdout(text: string | Iterable<string>): void {
  if (stdoutKind() === 'pipe') {
    if (!pipeGuarded) {
      pipeGuarded = true;
      // A reader that closes the pipe early (`| head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
    }
    for (const piece of typeof text === 'string' ? [text] : text) process.stdout.write(piece);
    return;
  }
  try {
    writeAllSync(1, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    throw error;
  }
}

/**
 * Writes all of `text` to a descriptor, looping over partial writes. If standard
 * output turns out to be non-blocking (EAGAIN), the rest goes, in order, through
 * process.stdout, which queues it.
 */
export function writeAllSync(fd: number, text: string | Iterable<string>): void {
  let queued = false;
  for (const piece of typeof text === 'string' ? [text] : text) {
    if (queued) {
      process.stdout.write(piece);
      continue;
    }
    const bytes = Buffer.from(piece);
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        if (fd !== 1 || (error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        process.stdout.write(bytes.subarray(offset));
        queued = true;
        break;
      }
    }
  }
}
