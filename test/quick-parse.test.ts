// A plan answers as zod does (src/model/quick-parse.ts): what it passes, zod
// passes with the same value (keys in the same order, a present undefined kept);
// what it refuses, zod refuses. Checked on every fixture, on edge cases chosen by
// hand, on inputs generated from the plans themselves, and on schema parts a plan
// leaves to zod.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { PLANS } from '../src/model/meeting-plans';
import { meetingSchema } from '../src/model/meeting-schema';
import { planOf } from '../src/model/plan-of';
import { detectPlatform, PLATFORMS, type Platform } from '../src/model/platform';
import { keysAt, quickParse, quickRefuses, type Plan } from '../src/model/quick-parse';
import { teamsMeetingSchema } from '../src/model/teams-schema';
import { webexMeetingSchema } from '../src/model/webex-schema';

const SCHEMAS: Record<Platform, z.ZodMiniType> = { zoom: meetingSchema(), teams: teamsMeetingSchema(), webex: webexMeetingSchema() };

/** A schema with what the meeting schemas lack: required keys, bounds, a union that may be absent, unknown values. */
const SYNTHETIC = z.object({
  required: z.string(),
  count: z.optional(z.int().check(z.minimum(0), z.lt(10))),
  either: z.union([z.boolean(), z.nullable(z.literal(3))]),
  list: z.optional(z.array(z.strictObject({ kind: z.enum(['a', 'b']), size: z.optional(z.number().check(z.gt(0))) }))),
  anything: z.optional(z.unknown()),
  maybe: z.union([z.optional(z.string()), z.number()]),
});

/** A value as text that keeps key order and tells a present undefined from an absent key. */
const shown = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<undefined>' : v));

/** The plan as the built CLI holds it: the build ships plans as JSON. */
const shipped = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan)) as Plan;

/** The shipped plan's answer, held to zod's (as a check asks zod: jitless). Returns both. */
function compared(source: Plan, schema: z.ZodMiniType, input: unknown) {
  const plan = shipped(source);
  const quick = quickParse(plan, input);
  const zod = schema.safeParse(input, { jitless: true });
  if (quick) {
    expect(zod.success, 'the plan passed what zod refuses').toBe(true);
    expect(shown(quick.value)).toBe(shown(zod.data));
  }
  if (quickRefuses(plan, input)) expect(zod.success, 'the plan refused what zod passes').toBe(false);
  return { quick, zod };
}

/** Every node kind a plan holds. */
function kinds(plan: Plan, found = new Set<string>()): Set<string> {
  found.add(plan.kind);
  if (plan.kind === 'object') for (const key of plan.keys) kinds(key.plan, found);
  if (plan.kind === 'optional' || plan.kind === 'nullable' || plan.kind === 'array') kinds(plan.of, found);
  if (plan.kind === 'union') for (const option of plan.of) kinds(option, found);
  return found;
}

describe('the meeting plans', () => {
  it('model every part of the three meeting schemas (no part is left to zod)', () => {
    for (const platform of PLATFORMS) expect(kinds(PLANS[platform]).has('zod'), platform).toBe(false);
  });

  it('pass every fixture, with the value zod gives', () => {
    for (const file of readdirSync('fixtures')) {
      const data = parse(readFileSync(`fixtures/${file}`, 'utf8')) as Record<string, unknown>;
      const platform = detectPlatform(data)!;
      const { quick, zod } = compared(PLANS[platform], SCHEMAS[platform], data);
      expect(zod.success, file).toBe(true);
      expect(quick, file).toBeDefined();
    }
  });

  it('declare the keys the schemas declare', () => {
    const shape = (schema: z.ZodMiniType, key?: string): string[] => {
      let node: any = schema;
      if (key) node = node._zod.def.shape[key]._zod.def.innerType;
      return Object.keys(node._zod.def.shape);
    };
    expect(keysAt(PLANS.zoom, [])).toEqual(shape(SCHEMAS.zoom));
    expect(keysAt(PLANS.zoom, ['settings'])).toEqual(shape(SCHEMAS.zoom, 'settings'));
    expect(keysAt(PLANS.zoom, ['host_settings', 'meeting_security'])).toEqual(['embed_password_in_join_link', 'meeting_password', 'require_password_for_scheduled_meeting', 'phone_password', 'pmi_password', 'waiting_room', 'waiting_room_settings', 'only_authenticated_can_join_from_webclient', 'end_to_end_encrypted_meetings', 'auto_security']);
    expect(keysAt(PLANS.zoom, ['topic'])).toEqual([]);
    expect(keysAt(PLANS.zoom, ['no_such_key'])).toEqual([]);
  });
});

describe('edge cases, decided as zod decides', () => {
  const inherited = Object.create({ topic: 'from the prototype' }) as object;
  const others = { synthetic: SYNTHETIC, 'nan-bound': z.object({ n: z.number().check(z.lt(Number.NaN)) }) };
  const cases: { name: string; platform?: Platform | keyof typeof others; input: unknown; passes: boolean; value?: unknown }[] = [
    { name: 'a meeting id written as a string of digits (the second option of a union)', input: { id: '85746065432' }, passes: true, value: { id: '85746065432' } },
    { name: 'a negative meeting id', input: { id: -1 }, passes: false },
    { name: 'a meeting id with a fraction', input: { id: 1.5 }, passes: false },
    { name: 'a meeting id beyond the safe integers', input: { id: 2 ** 53 }, passes: false },
    { name: 'NaN and infinity are not numbers', input: { duration_ignored: 1, id: Number.NaN }, passes: false },
    { name: 'infinity', input: { id: Number.POSITIVE_INFINITY }, passes: false },
    { name: 'text where a flag belongs ("yes" is text in YAML 1.2)', input: { settings: { use_pmi: 'yes' } }, passes: false },
    { name: 'a value outside an enum', input: { settings: { auto_recording: 'sometimes' } }, passes: false },
    { name: 'a meeting type outside the literals', input: { type: 5 }, passes: false },
    { name: 'an unknown key in the strict mediation block', input: { mediation: { lock_after_joins: true } }, passes: false },
    { name: 'an unknown Zoom key: dropped, the rest in schema order', input: { topic: 't', start_time: 'x', id: 1 }, passes: true, value: { id: 1, topic: 't' } },
    { name: 'a key present with undefined is kept', input: { mediation: { lock_after_join: undefined } }, passes: true, value: { mediation: { lock_after_join: undefined } } },
    { name: 'an own __proto__ key is dropped', input: JSON.parse('{"__proto__": {"polluted": true}, "topic": "t"}'), passes: true, value: { topic: 't' } },
    { name: 'an own __proto__ key in a strict block is refused', input: { mediation: JSON.parse('{"__proto__": {"x": 1}}') }, passes: false },
    { name: 'a key found on the prototype counts, as `in` finds it', input: inherited, passes: true, value: { topic: 'from the prototype' } },
    { name: 'a version that is not major.minor.patch', input: { mediation: { client: { minimum_version: '6.4' } } }, passes: false },
    { name: 'a list where a mapping belongs', input: { settings: [] }, passes: false },
    { name: 'a list of participants with one bad entry', input: { mediation: { participants: [{ name: 'A' }, { role: 'judge' }] } }, passes: false },
    { name: 'a lock leaf written as text (the one Zoom types so)', input: { locks: { meeting_security: { encryption_type: 'yes' } } }, passes: true, value: { locks: { meeting_security: { encryption_type: 'yes' } } } },
    { name: 'a document that is a list', input: [], passes: false },
    { name: 'a document that is null', input: null, passes: false },
    { name: 'a missing required key', platform: 'synthetic', input: { either: true }, passes: false },
    { name: 'a NaN bound refuses every number (and the plan, shipped as JSON, must not pass one)', platform: 'nan-bound', input: { n: -1 }, passes: false },
    { name: 'an absent key whose union may be absent', platform: 'synthetic', input: { required: 'r', either: null }, passes: true, value: { required: 'r', either: null } },
    { name: 'Teams: null for a property that is not set', platform: 'teams', input: { platform: 'teams', lobbyBypassSettings: null, participants: { attendees: null } }, passes: true, value: { platform: 'teams', lobbyBypassSettings: null, participants: { attendees: null } } },
    { name: 'Teams: null inside a strict mediation block is refused', platform: 'teams', input: { mediation: { lock_after_join: null } }, passes: false },
    { name: 'Webex: a number where text belongs', platform: 'webex', input: { meetingNumber: 123 }, passes: false },
  ];
  for (const { name, platform = 'zoom', input, passes, value } of cases) {
    it(name, () => {
      const schema = platform in others ? others[platform as keyof typeof others] : SCHEMAS[platform as Platform];
      const plan = platform in others ? planOf(schema) : PLANS[platform as Platform];
      const { quick, zod } = compared(plan, schema, input);
      expect(zod.success).toBe(passes);
      expect(quick !== undefined).toBe(passes);
      if (value !== undefined) expect(shown(quick?.value)).toBe(shown(value));
    });
  }
});

/** Inputs shaped by a plan: mostly what it allows, now and then something else, plus unknown keys. */
function inputOf(plan: Plan): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}));
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (plan.kind) {
      case 'boolean':
        return fc.boolean();
      case 'string':
        return fc.oneof(fc.string({ maxLength: 8 }), fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join('.')));
      case 'number':
        return fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double(), fc.constantFrom(2 ** 53, -(2 ** 53), 1e21));
      case 'values':
        return fc.constantFrom(...plan.values);
      case 'optional':
        return fc.oneof(fc.constant(undefined), inputOf(plan.of));
      case 'nullable':
        return fc.oneof(fc.constant(null), inputOf(plan.of));
      case 'array':
        return fc.array(inputOf(plan.of), { maxLength: 3 });
      case 'union':
        return fc.oneof(...plan.of.map(inputOf));
      case 'object': {
        const entries = plan.keys.map(({ key, plan: child }) => fc.option(inputOf(child).map((v) => [key, v] as const), { nil: undefined, freq: 2 }));
        const extra = fc.option(fc.tuple(fc.constantFrom('start_time', 'lock_after_joins', 'extra', '__proto__'), fc.anything({ maxDepth: 1 })), { nil: undefined, freq: 4 });
        return fc.tuple(fc.tuple(...entries), extra).map(([kept, more]) => {
          const object: Record<string, unknown> = {};
          for (const entry of [...kept, more]) if (entry) Object.defineProperty(object, entry[0], { value: entry[1], enumerable: true, writable: true, configurable: true });
          return object;
        });
      }
      default:
        return fc.anything({ maxDepth: 2 });
    }
  })();
  return fc.oneof({ arbitrary: shaped, weight: 12 }, { arbitrary: junk, weight: 1 });
}

describe('on generated inputs', () => {
  it('a schema with required keys and bounds: the plan passes exactly what zod passes', () => {
    const plan = planOf(SYNTHETIC);
    expect(kinds(plan).has('zod')).toBe(false);
    let passed = 0;
    fc.assert(
      fc.property(inputOf(plan), (input) => {
        const { quick, zod } = compared(plan, SYNTHETIC, input);
        expect(quick !== undefined).toBe(zod.success);
        if (zod.success) passed++;
      }),
      { numRuns: 600 },
    );
    expect(passed).toBeGreaterThan(20);
  });

  for (const platform of PLATFORMS) {
    it(`${platform}: the plan passes exactly what zod passes, with zod's value`, () => {
      let passed = 0;
      fc.assert(
        fc.property(inputOf(PLANS[platform]), (input) => {
          const { quick, zod } = compared(PLANS[platform], SCHEMAS[platform], input);
          // The meeting plans model every node, so nothing valid is left to zod.
          expect(quick !== undefined).toBe(zod.success);
          if (zod.success) passed++;
        }),
        { numRuns: 400 },
      );
      // The generator reaches valid documents, not only refusals.
      expect(passed).toBeGreaterThan(20);
    });
  }
});

describe('what a plan leaves to zod', () => {
  const cases: [string, z.ZodMiniType, unknown][] = [
    ['a refinement', z.object({ a: z.string().check(z.refine((v) => v.length > 1)) }), { a: 'xy' }],
    ['a default', z.object({ a: z._default(z.string(), 'x') }), {}],
    ['a transform', z.object({ a: z.pipe(z.string(), z.transform((v) => v.length)) }), { a: 'xy' }],
    ['a loose object (unknown keys kept)', z.looseObject({ a: z.optional(z.string()) }), { b: 1 }],
    ['an exact optional', z.object({ a: z.exactOptional(z.string()) }), { a: 'x' }],
    ['a string format', z.object({ a: z.email() }), { a: 'a@example.com' }],
    ['a discriminated union', z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]), { k: 'a' }],
    ['a length check on a list', z.array(z.string()).check(z.minLength(1)), ['x']],
    ['coercion', z.object({ a: z.coerce.number() }), { a: '1' }],
    // zod takes the first option that accepts: here the first, which changes the value.
    ['a union whose first option transforms', z.union([z.pipe(z.string(), z.transform((v) => v.length)), z.string()]), 'ab'],
    // JSON, which ships the plans, writes infinity and NaN as null: such a bound stays with zod.
    ['an infinite bound', z.union([z.object({ n: z.number().check(z.gt(Number.NEGATIVE_INFINITY)) }), z.object({})]), { n: -1 }],
  ];
  for (const [name, schema, input] of cases) {
    it(`${name}: zod decides`, () => {
      const plan = shipped(planOf(schema));
      expect(kinds(plan).has('zod')).toBe(true);
      expect(schema.safeParse(input).success).toBe(true);
      expect(quickParse(plan, input)).toBeUndefined();
    });
  }
});
