// The common case, `mediate-check <paths...> [options]`, without commander:
// building the whole program (nine commands, their options and help texts) costs
// a file check about as much as checking the file. This reads only command lines
// whose meaning is certain (known options of the file check, plain paths) and
// gives up on anything else (help, version, a command, an unknown or bundled
// option, `--`, a value commander would refuse), which the full program then
// parses exactly as before. test/cli-fast-path.test.ts holds the two to the same
// results.
import { UsageError } from './cli-error';
import type { FileCheckOptions } from './commands/check-files';
import { DEFAULT_MAX_BYTES } from './load/limits';
import { FORMATS } from './report/formats';
import { FAIL_ON_LEVELS } from './report/report';

/** The commands, in the order the program defines them (the command-typo hint depends on it). */
export const COMMAND_NAMES = ['zoom', 'teams', 'webex', 'export', 'fix', 'init', 'rules', 'schema', 'explain'] as const;

/** --max-file-size: a number of bytes, optionally with k or m; a message when it is not one. */
export function byteCountOf(value: string): number | { error: string } {
  const match = /^(\d+)(k|kb|m|mb)?$/i.exec(value.trim());
  if (!match) return { error: 'give a number of bytes, optionally with k or m (e.g. 512k, 2m)' };
  const unit = (match[2] ?? '').toLowerCase();
  const n = Number(match[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
  if (n < 1) return { error: 'must be at least 1 byte' };
  return n;
}

type Key = 'format' | 'output' | 'profile' | 'config' | 'failOn' | 'maxFileSize' | 'exclude';

/** The options that take no value, by every spelling, with the option each sets and to what. */
export const FLAG_OPTIONS: Readonly<Record<string, readonly ['quiet' | 'color', boolean]>> = {
  '-q': ['quiet', true],
  '--quiet': ['quiet', true],
  '--color': ['color', true],
  '--no-color': ['color', false],
};

/** The options that take a value, by every spelling. */
export const VALUE_OPTIONS: Readonly<Record<string, Key>> = {
  '-f': 'format',
  '--format': 'format',
  '-o': 'output',
  '--output': 'output',
  '--profile': 'profile',
  '-c': 'config',
  '--config': 'config',
  '--fail-on': 'failOn',
  '--max-file-size': 'maxFileSize',
  '--exclude': 'exclude',
};

/** The paths and options of a plain file check, or undefined when the full program must parse `args`. */
export function fastFileCheckArgs(args: readonly string[]): { paths: string[]; options: FileCheckOptions } | undefined {
  // Commander's defaults, in the order it sets them.
  const options = { format: 'pretty', failOn: 'error', maxFileSize: DEFAULT_MAX_BYTES } as FileCheckOptions & Record<string, unknown>;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.length < 2 || arg[0] !== '-') {
      // The first operand may name a command (or help): the full program dispatches it.
      if (paths.length === 0 && ((COMMAND_NAMES as readonly string[]).includes(arg) || arg === 'help')) return undefined;
      paths.push(arg);
      continue;
    }
    const flag = FLAG_OPTIONS[arg];
    if (flag !== undefined) options[flag[0]] = flag[1];
    else {
      const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
      const name = equals > 2 ? arg.slice(0, equals) : arg;
      const key = VALUE_OPTIONS[name];
      if (key === undefined) return undefined;
      const value = equals > 2 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined) return undefined;
      if (!setValue(options, key, value)) return undefined;
    }
  }
  // No path: the program prints its help with the error.
  return paths.length === 0 ? undefined : { paths, options };
}

/** Sets one option as commander would; false for a value commander refuses (it then says why). */
function setValue(options: Record<string, unknown>, key: Key, value: string): boolean {
  if (key === 'format' && !(FORMATS as readonly string[]).includes(value)) return false;
  if (key === 'failOn' && !(FAIL_ON_LEVELS as readonly string[]).includes(value)) return false;
  if (key === 'maxFileSize') {
    const bytes = byteCountOf(value);
    if (typeof bytes !== 'number') return false;
    options[key] = bytes;
    return true;
  }
  if (key === 'exclude') {
    options[key] = [...((options[key] as string[] | undefined) ?? []), value];
    return true;
  }
  options[key] = value;
  return true;
}

/** `mediate-check <paths...>`: checks the files, after asking whether a bare first word was a mistyped command. */
export async function runFileCheck(paths: string[], options: FileCheckOptions): Promise<number> {
  // A bare word first (no folder, no extension) may be a mistyped command.
  if (/^[a-z]+$/i.test(paths[0]!)) {
    const { commandTypo } = await import('./commands/command-typo');
    const typo = commandTypo(paths[0]!, [...COMMAND_NAMES, 'help']);
    if (typo) throw new UsageError(typo);
  }
  const { checkFiles } = await import('./commands/check-files');
  return checkFiles(paths, options);
}
