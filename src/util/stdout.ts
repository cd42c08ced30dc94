// Standard output without the cost of process.stdout where it is not needed.
// Creating process.stdout loads Node's stream modules (about 2 ms of a 35 ms run);
// a file, a terminal or /dev/null takes a plain blocking write just as well.
// Pipes and sockets still go through process.stdout, which handles back-pressure.
import { closeSync, constants, fstatSync, openSync, statSync, writeSync } from 'node:fs';
import { UsageError } from '../cli-error';
import { errnoText } from './errno';

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

/** A reader that closes the pipe early (`| head`) is not an error. */
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function writeStdout(text: string | Iterable<string>): void {
  if (stdoutKind() === 'pipe') {
    guardPipe();
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

/** Pieces go out in batches of about this many bytes: few system calls, bounded memory. */
const BATCH = 64 * 1024;

/**
 * The pieces' UTF-8, a batch at a time. Each piece is encoded into the batch's
 * buffer as it comes, so no string of many pieces is ever built: joining them
 * into one string kept a batch's pieces alive through young-generation
 * collections, and a 20,000-file SARIF report promoted 23 MiB of them to the
 * old generation and peaked 11 MiB higher. `reuse`: one buffer, written over for
 * each batch (the caller is done with a batch before it asks for the next);
 * otherwise a new buffer per batch (a stream holds on to what it is given).
 */
function* encodedBatches(pieces: Iterable<string>, reuse: boolean): Generator<Buffer> {
  let buffer = Buffer.allocUnsafeSlow(BATCH);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: a piece that may not fit starts a new batch.
    if (used > 0 && piece.length * 3 > BATCH - used) {
      yield buffer.subarray(0, used);
      if (!reuse) buffer = Buffer.allocUnsafeSlow(BATCH);
      used = 0;
    }
    if (piece.length * 3 > BATCH) yield Buffer.from(piece);
    else used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/** Resolves when the stream has room again (or has failed: its error handler decides then). */
const drained = (stream: NodeJS.WritableStream) =>
  new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });

/** Writes pieces to a stream, waiting for it to drain whenever it is full: what is queued never grows with the report. */
export async function writeToStream(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const batch of encodedBatches(pieces, false)) if (!stream.write(batch)) await drained(stream);
}

/**
 * Opens the file a report goes to: created or truncated, never through a
 * symbolic link (O_NOFOLLOW), so a link planted where the report goes cannot
 * redirect the write to another file. A refusal is a usage error naming the path.
 */
export function openReportFile(file: string): number {
  try {
    return openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new UsageError(`-o ${file}: is a symbolic link; the report is never written through one (remove it, or give another path, or - for standard output)`);
    }
    throw new UsageError(`cannot write the report to ${file}: ${errnoText(error, true)}`);
  }
}

/**
 * Writes a report piece by piece: to a file descriptor with blocking writes
 * (partial writes looped over), or through process.stdout when standard output
 * is a pipe, waiting for it to drain whenever it is full. Memory stays bounded
 * by a batch however large the report. A file descriptor other than 1 is closed.
 */
export async function writeChunks(fd: number, pieces: Iterable<string>, name?: string): Promise<void> {
  if (fd === 1 && stdoutKind() === 'pipe') {
    guardPipe();
    return writeToStream(process.stdout, pieces);
  }
  let viaStream = false;
  try {
    for (const bytes of encodedBatches(pieces, true)) {
      if (viaStream) {
        // A copy: the stream holds on to what it is given, and the batch's buffer is written over.
        if (!process.stdout.write(Buffer.from(bytes))) await drained(process.stdout);
        continue;
      }
      for (let offset = 0; offset < bytes.length; ) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (fd !== 1) throw new UsageError(`cannot write the report to ${name ?? `descriptor ${fd}`}: ${errnoText(error, true)}`);
          if (code === 'EPIPE') return;
          // Standard output turned out to be non-blocking: the rest goes, in order, through process.stdout.
          if (code !== 'EAGAIN') throw error;
          viaStream = true;
          guardPipe();
          // A copy, as above.
          if (!process.stdout.write(Buffer.from(bytes.subarray(offset)))) await drained(process.stdout);
          break;
        }
      }
    }
  } finally {
    if (fd !== 1) closeSync(fd);
  }
}
