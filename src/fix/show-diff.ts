// A unified diff of a fixed file, for `fix --dry-run`: secrets in the context
// lines (a passcode next to a changed key) are redacted, control characters escaped.
import { forTerminal } from '../util/escape';
import { redact, redactUrlSecrets, secretValuesIn } from '../util/secrets';

/** A diff line that sets a credential (its value, and any comment after it, are not shown). */
const SECRET_LINE = /^([ +-]\s*["']?(?:[a-z_]*password|passcode|start_url|dynamic_host_key|host_key)["']?\s*:\s*).+$/i;

export async function showDiff(name: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3 });
  const secrets = secretValuesIn(before);
  // jsdiff's "Index:" and "===" lines before the "---" header are dropped, as git does.
  const all = patch.split('\n');
  const lines = all.slice(Math.max(0, all.findIndex((line) => line.startsWith('--- '))));
  return lines.map((line) => forTerminal(redactUrlSecrets(redact(line.replace(/\r$/, '').replace(SECRET_LINE, '$1"[redacted]"'), secrets)))).join('\n').replace(/\n*$/, '\n');
}
