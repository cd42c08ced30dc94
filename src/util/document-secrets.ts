// The secret values a meeting document holds (its passcodes, encrypted and phone
// passcodes, host key, links), found by their keys as isSecretKey names them, on
// any platform's document. Text an output shows that came from the document (a
// topic, a participant's name, a check's message quoting either) passes through
// scrubDocumentText with them: a topic "Doe v Roe (Passcode: Qm7tR2xZ)" keeps no
// passcode, and a link pasted into a name keeps no pwd=/tk=/zak= value.
import { isSecretKey, redact, redactUrlSecrets } from './secrets';

/** Our documents nest a few levels (settings, locks, mediation); a deeper one is no meeting's. */
const MAX_DEPTH = 12;

/**
 * isSecretKey, remembered: every target of a run asks about the same few dozen
 * keys (the meeting model's). A bounded number is kept, so hostile keys cannot grow it.
 */
const judged = new Map<string, boolean>();
function secretKey(key: string): boolean {
  let secret = judged.get(key);
  if (secret === undefined) {
    secret = isSecretKey(key);
    if (judged.size < 1_000) judged.set(key, secret);
  }
  return secret;
}

/** Every string (or number) under a secret key, anywhere in the document. */
export function documentSecrets(document: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object') walk(child, depth + 1);
      else if ((typeof child === 'string' || (typeof child === 'number' && Number.isFinite(child))) && secretKey(key)) found.add(String(child));
    }
  };
  walk(document, 0);
  return [...found];
}

/** Text taken from a document, without its secret values or any link credential. */
export function scrubDocumentText(text: string, secrets: readonly string[]): string {
  return redactUrlSecrets(redact(text, secrets));
}
