// Every diagnostic of the tool goes to standard error through warn(), and only
// through it: one line per diagnostic, each starting with "mediate-check: ", with
// untrusted text escaped for a terminal, so no input can start a GitHub workflow
// command there (the runner reads standard error too) or move a terminal's cursor.
import { forTerminal } from './escape';

const PREFIX = 'mediate-check: ';

/**
 * Prints a diagnostic. Several diagnostics may come in one message joined by
 * "\nmediate-check: " (the policy loader does this); any other line break in
 * the text is the input's and is shown as \n.
 */
export function warn(message: string): void {
  const lines = message.split(`\n${PREFIX}`).map((line) => PREFIX + forTerminal(line) + '\n');
  process.stderr.write(lines.join(''));
}
