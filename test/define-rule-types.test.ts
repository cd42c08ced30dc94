// Message ids are checked by the compiler: the @ts-expect-error lines below are the
// test (`npm run typecheck` fails if one of them stops being an error).
import { describe, expect, it } from 'vitest';
import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';

const base = { severity: 'warning', summary: 's', rationale: 'r', fix: 'f', sources: [], history: 'h' } as const;
const messages = { yes: 'Yes.', no: 'No.' };

/** A helper that names its own ids, as the rules' shared `decide` helpers do. */
const decide = (value: boolean, { pass, fail }: Verdicts<'yes' | 'no'>): Outcome => (value ? pass('yes', '/x') : fail('no', '/x'));

// @ts-expect-error a misspelt id inside a helper
const misspelt = (value: boolean, { pass, fail }: Verdicts<'yes' | 'no'>): Outcome => (value ? pass('yse', '/x') : fail('no', '/x'));

/** Names every id of the rule and one more, which has no message. */
const oneTooMany = (value: boolean, { pass, unknown }: Verdicts<'yes' | 'no' | 'maybe'>): Outcome => (value ? pass('yes', '/x') : unknown('maybe', '/x'));

const good = defineRule({ ...base, id: 'typed-good', messages, check: (_meeting, context) => decide(true, context) });

defineRule({
  ...base,
  id: 'typed-bad',
  messages,
  // @ts-expect-error a helper given as a decision may not add an id that has no message
  check: (_meeting, context: Verdicts<'yes' | 'no' | 'maybe'>) => oneTooMany(false, context),
  // @ts-expect-error nor may a decision of the rule's own
  teams: (_meeting, { unknown }) => unknown('maybe', '/x'),
});

describe('message ids', () => {
  it('a rule whose decisions give only its own ids is well typed', () => {
    expect(good.id).toBe('typed-good');
    expect(typeof misspelt).toBe('function');
  });
});
