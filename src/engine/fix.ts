// Fixes travel with a failing outcome: a rule's decision returns
// `fail(messageId, pointer, data, facts, fix)`, built with one of the helpers
// here. A fix is computed for the profile being run, by the rule that fails,
// so two rules that ask opposite things (no-waiting-room, waiting-room) never
// meet in one run.
import type { FieldChange, Fix } from './define-rule';

/**
 * What a fix may write: a leaf of the meeting's own `settings` (the fields
 * `PATCH /meetings/{meetingId}` takes under settings). Never a passcode, a host
 * key or a link; never host_settings, account_settings, locks or the mediation
 * block (those are a person's to change).
 */
const WRITABLE = /^\/settings(\/[a-z_]+){1,2}$/;
const SECRET = /pass(word|code)|start_url|token|zak|host_key/i;

export function isWritable(pointer: string): boolean {
  return WRITABLE.test(pointer) && !SECRET.test(pointer);
}

/**
 * A fix that sets fields of the meeting: `{ '/settings/waiting_room': true }`.
 * The changes are applied in the order given.
 */
export function setFields(describe: string, fields: Readonly<Record<string, FieldChange['value']>>): Fix {
  const changes = Object.entries(fields).map(([pointer, value]) => {
    if (!isWritable(pointer)) throw new Error(`a fix may not write ${pointer}`);
    return { pointer, value };
  });
  return { changes, describe };
}

/**
 * A fix only a person can make, in the host's or the account's settings: `where`
 * is the path in the Zoom web portal. Shown by the fix commands, never applied.
 */
export function byHand(describe: string, where: string): Fix {
  return { changes: [], describe, byHand: [where] };
}

/** Both: fields of the meeting set, and steps left to a person. */
export function withSteps(fix: Fix, steps: readonly string[]): Fix {
  return steps.length === 0 ? fix : { ...fix, byHand: [...(fix.byHand ?? []), ...steps] };
}

/** A copy of a JSON document (a meeting, a Zoom object) with the changes applied; missing objects are created. */
export function applyChanges<T>(document: T, changes: readonly FieldChange[]): T {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const { pointer, value } of changes) {
    const segments = pointer.split('/').slice(1);
    let node = copy;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments.at(-1)!] = value;
  }
  return copy as T;
}

/** A pointer as people read it: /settings/waiting_room → settings.waiting_room. */
export const dotted = (pointer: string): string => pointer.slice(1).replaceAll('/', '.');
