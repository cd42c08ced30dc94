// `mediate-check expalin client-version`: the first argument was meant as a
// command, not a path. Only asked when that argument is no existing path, so a
// real file or folder named like a command is still checked.
import { editDistance } from '../util/nearest';
import { exists } from '../util/exists';

/** What to tell the user instead of "no such file", or undefined when `arg` is not near a command. */
export function commandTypo(arg: string, commands: readonly string[]): string | undefined {
  if (arg.length < 3 || arg.length > 32) return undefined;
  const word = arg.toLowerCase();
  let meant: string | undefined;
  let best = Infinity;
  for (const command of commands) {
    // A command's prefix (`rule`, `expl`) or a slip of up to two edits (one for short names).
    const d = command.startsWith(word) ? 0 : swapsTwo(word, command) ? 1 : editDistance(word, command);
    if (d < best && d <= (command.length <= 4 ? 1 : 2)) {
      meant = command;
      best = d;
    }
  }
  if (meant === undefined || exists(arg)) return undefined;
  if (meant === 'help') return `${arg} is not a file or folder; for help, run \`mediate-check --help\``;
  return `${arg} is not a file or folder; did you mean the command "${meant}"? (run \`mediate-check ${meant} --help\`)`;
}

/** `inti` for `init`: two neighbouring letters swapped, the commonest slip of all. */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

