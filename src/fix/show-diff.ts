// A unified diff of a fixed file, for `fix --dry-run`. The context lines may
// hold a credential next to a changed key: every value under a secret key (found
// through the document model, in its parsed and its source form) is redacted,
// as are whole lines that set one and link credentials; control characters are escaped.
import { isScalar, parseDocument, visit, type Node } from 'yaml';
import { forTerminal } from '../util/escape';
import { redact, redactUrlSecrets } from '../util/secrets';

const SECRET_KEY = /pass(word|code)|start_url|token|zak|host_key|secret/i;

/** A diff line that sets a credential (its value, and any comment after it, are not shown). */
const SECRET_LINE = /^([ +-]\s*["']?[a-z_]*(?:password|passcode|start_url|host_key)["']?\s*:\s*).+$/i;

function secretValues(text: string): string[] {
  const found = new Set<string>();
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !SECRET_KEY.test(String(pair.key.value))) return;
      const value = pair.value as Node | null;
      // A switch named after a secret (pstn_password_protected: true) holds none: hunting
      // its "true" would hide every true in the diff. A passcode is text (the schema refuses a bare number).
      if (!isScalar(value) || value.value === null || value.value === undefined || typeof value.value === 'boolean') return;
      found.add(String(value.value));
      if (value.range) found.add(text.slice(value.range[0], value.range[1]));
    },
  });
  return [...found];
}

export async function showDiff(name: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3 });
  const secrets = secretValues(before);
  // jsdiff's "Index:" and "===" lines before the "---" header are dropped, as git does.
  const all = patch.split('\n');
  const lines = all.slice(Math.max(0, all.findIndex((line) => line.startsWith('--- '))));
  const shown = lines.map((line) => forTerminal(redactUrlSecrets(redact(line.replace(/\r$/, '').replace(SECRET_LINE, '$1"[redacted]"'), secrets))));
  return shown.join('\n').replace(/\n*$/, '\n');
}
