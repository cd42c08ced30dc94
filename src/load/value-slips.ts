// Common slips in a value, said the way a person fixes them: a number in quotes,
// `Party` for `party`, `no` for `false`, a version YAML read as a number.
// Only the allowed value is ever quoted back, never what the file holds (it
// could be a passcode); the fields these messages concern hold no secret.
import type * as z from 'zod/mini';
import { nearest } from '../util/nearest';

type Issue = z.core.$ZodIssue;

const WORDS_FOR: Record<string, boolean> = { yes: true, no: false, on: true, off: false, y: true, n: false, true: true, false: false };

/** The allowed value a slip most likely meant: same text but for case, else the nearest. */
function meantValue(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? nearest(lower, allowed);
}

/** A message for a recognised slip, or undefined to let the general message stand. */
export function valueSlip(issue: Issue, value: unknown, key: PropertyKey | undefined): string | undefined {
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const allowed = issue.values;
    if (allowed.length > 0 && allowed.every((v) => typeof v === 'number')) {
      const n = /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
      if (allowed.includes(n)) return 'must be a number, not text: remove the quotes';
      return undefined;
    }
    if (allowed.every((v) => typeof v === 'string')) {
      const meant = meantValue(value, allowed as string[]);
      if (meant === undefined) return undefined;
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; did you mean "${meant}"?`;
    }
    return undefined;
  }
  if (issue.code === 'invalid_type') {
    if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
      return 'must be a number, not text: remove the quotes';
    }
    if (issue.expected === 'boolean' && typeof value === 'string') {
      const meant = WORDS_FOR[value.trim().toLowerCase()];
      if (meant !== undefined) return `must be true or false, not text (write ${meant}, without quotes)`;
    }
    if (issue.expected === 'string' && typeof value === 'number' && typeof key === 'string' && key.endsWith('version')) {
      return 'must be a version in quotes, written major.minor.patch, like "6.4.0"';
    }
  }
  return undefined;
}
