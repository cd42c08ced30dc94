// `mediate-check init [file]`: writes a commented starter meeting file that
// validates. Never overwrites a file and never follows a symlink: the file is
// created with O_EXCL, which fails on any existing name, a symlink included.
import { closeSync, openSync } from 'node:fs';
import { UsageError } from '../cli-error';
import { starterText, type InitAnswers } from '../init/starter';
import { parseMeeting } from '../load/parse-meeting';
import { writeAllSync, writeStdout } from '../util/stdout';
import { warn } from './finish-run';
import { exists } from '../util/exists';

export interface InitOptions {
  /** Write the starter without asking, even at a terminal. */
  yes?: boolean;
}


/** Whether to ask: only a person at a terminal can answer, and --yes says not to. */
export function shouldAsk(options: InitOptions, stdinIsTerminal: boolean, stdoutIsTerminal: boolean, file: string): boolean {
  return !options.yes && file !== '-' && stdinIsTerminal && stdoutIsTerminal;
}

function refuse(file: string): never {
  throw new UsageError(`${file} already exists; init never overwrites a file: give another name (mediate-check init other.yaml) or move it away`);
}

export async function initMeeting(file: string, options: InitOptions): Promise<number> {
  // Asked before the questions too, so nobody answers them for nothing.
  if (file !== '-' && exists(file)) refuse(file);
  let answers: InitAnswers | undefined;
  if (shouldAsk(options, process.stdin.isTTY === true, process.stdout.isTTY === true, file)) {
    const { askAnswers } = await import('../init/ask');
    const asked = await askAnswers();
    if (asked === 'cancelled') return 2;
    answers = asked;
  }
  const text = starterText(file, answers);
  // The starter must pass the tool's own validation; if it ever did not, say so rather than write it.
  const parsed = parseMeeting(text);
  if (!parsed.ok) throw new Error(`the starter file does not validate (${parsed.error.message})`);

  if (file === '-') {
    writeStdout(text);
    return 0;
  }
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') refuse(file);
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'I/O error');
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
  try {
    writeAllSync(fd, text);
  } finally {
    closeSync(fd);
  }
  warn(`wrote ${file}. Fill in what you know (each key says where to find it in Zoom), then run: mediate-check ${file}`);
  return 0;
}
