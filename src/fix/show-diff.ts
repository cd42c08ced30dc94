// A unified diff of a fixed file, for `fix --dry-run`: secrets in the context
// lines (a passcode next to a changed key) are redacted, control characters escaped.
import { forTerminal } from '../util/escape';
import { redact, redactUrlSecrets, secretValuesIn } from '../util/secrets';

export async function showDiff(name: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3 });
  const secrets = secretValuesIn(before);
  // The first line is jsdiff's "===" separator: dropped, as git does.
  const lines = patch.split('\n').filter((line, index) => !(index === 0 && line.startsWith('====')));
  return lines.map((line) => forTerminal(redactUrlSecrets(redact(line.replace(/\r$/, ''), secrets)))).join('\n');
}
