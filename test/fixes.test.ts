// Every fix of every rule, applied alone to meetings where its rule fails, makes
// that rule pass (unless it leaves steps to a person) and makes no other check of
// the profile worse: pass → fail/unknown, unknown → fail. Fixes are computed for
// the profile being run, so proper-use's no-waiting-room and current's
// waiting-room never pull one field both ways.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiles } from '../rules/profiles';
import type { CheckStatus, Fix } from '../src/engine/define-rule';
import { enableRules } from '../src/engine/enable-rules';
import { applyChanges, isWritable } from '../src/engine/fix';
import { runChecks, type LoadedTarget } from '../src/engine/run-checks';
import { planOf, type RuleFix } from '../src/fix/plan';
import { parseMeeting } from '../src/load/parse-meeting';
import { meetingSchema, type Meeting } from '../src/model/meeting-schema';
import { ROOT } from './helpers/cli';
import { patchBodyValidator, requestSchemaAvailable } from './helpers/zoom-request-schema';
import { patchBody } from '../src/zoom/patch-body';

function fixture(name: string): Meeting {
  const parsed = parseMeeting(readFileSync(path.join(ROOT, 'fixtures', name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

const CURRENT = fixture('current-meeting.yaml');
const COMPLIANT = fixture('compliant-meeting.yaml');
const RISKY = fixture('risky-meeting.yaml');

const set = (base: Meeting, fields: Record<string, string | number | boolean>): Meeting =>
  applyChanges(base, Object.entries(fields).map(([pointer, value]) => ({ pointer, value })));

function asTemplate(base: Meeting): Meeting {
  const template = set(base, { '/host_settings/meeting_security/meeting_password': false }) as Meeting & Record<string, unknown>;
  delete template.id;
  delete template.password;
  delete template.pstn_password;
  delete template.join_url;
  template.template_id = 'tpl1';
  return template;
}

/** Meetings where the rules with fixes fail, in every way they can. */
const EXAMPLES: [string, Meeting][] = [
  ['the risky fixture', RISKY],
  ['the compliant fixture, waiting room on, recording locally', set(COMPLIANT, { '/settings/waiting_room': true, '/settings/auto_recording': 'local' })],
  ['no waiting room', set(CURRENT, { '/settings/waiting_room': false })],
  ['no waiting room, join before host', set(CURRENT, { '/settings/waiting_room': false, '/settings/join_before_host': true })],
  ['the meeting lets its account walk in', set(CURRENT, { '/settings/waiting_room_options/who_goes_to_waiting_room': 'users_not_in_account' })],
  [
    'the host lets its account walk in',
    set(CURRENT, {
      '/settings/waiting_room_options/mode': 'follow_setting',
      '/host_settings/meeting_security/waiting_room_settings/participants_to_place_in_waiting_room': 1,
      '/settings/join_before_host': true,
    }),
  ],
  [
    'everyone waits but the account admits its own users: join before host',
    set(CURRENT, { '/account_settings/meeting_security/waiting_room_options/admit_type': 1, '/settings/join_before_host': true }),
  ],
  ['recording to the cloud', set(CURRENT, { '/settings/auto_recording': 'cloud' })],
  ['every automatic copy on', set(CURRENT, {
    '/settings/auto_start_meeting_summary': true,
    '/settings/continuous_meeting_chat/enable': true,
    '/host_settings/in_meeting/auto_saving_chat': true,
    '/account_settings/recording/archive/enable': true,
  })],
  ['the meeting\'s own copies on', set(CURRENT, { '/settings/auto_start_meeting_summary': true, '/settings/continuous_meeting_chat/enable': true })],
  ['no caucus rooms, computer audio only', set(CURRENT, { '/host_settings/in_meeting/breakout_room': false, '/settings/audio': 'voip' })],
  ['no caucus rooms, phone callers', set(CURRENT, { '/host_settings/in_meeting/breakout_room': false })],
  ['everyone shares the screen', set(CURRENT, { '/host_settings/in_meeting/who_can_share_screen': 'all' })],
  ['callers need no passcode', set(CURRENT, { '/host_settings/meeting_security/phone_password': false })],
  ['the passcode in the link', set(CURRENT, { '/host_settings/meeting_security/embed_password_in_join_link': true, '/join_url': 'https://example.zoom.us/j/91827364510?pwd=abc' })],
  ['a browser link', set(CURRENT, { '/host_settings/in_meeting/show_a_join_from_your_browser_link': true })],
  ['a template without passcodes', asTemplate(CURRENT)],
];

/** The rules that offer a fix somewhere in EXAMPLES, per profile: a rule losing its fix fails this test. */
const FIXABLE: Record<string, string[]> = {
  'proper-use': ['passcode-required', 'passcode-not-in-link', 'no-waiting-room', 'client-version', 'no-auto-recording'],
  current: [
    'passcode-required',
    'dial-in-passcode',
    'passcode-not-in-link',
    'waiting-room',
    'no-join-before-host',
    'client-version',
    'screen-share-host-only',
    'no-auto-recording',
    'no-automatic-copies',
    'end-to-end-encryption',
  ],
};

const RANK: Record<CheckStatus, number> = { pass: 2, unknown: 1, fail: 0 };

function check(profile: string, meeting: Meeting) {
  const fixes: RuleFix[] = [];
  const target: LoadedTarget = { name: 'case', source: 'file', meeting };
  const [result] = runChecks([target], enableRules(profile), (_, rule, fix) => fixes.push({ rule, fix }));
  const statuses = Object.fromEntries(result!.checks.map((c) => [c.rule, c.status as CheckStatus]));
  return { statuses, fixes };
}

/** Checks that got worse between two runs, as "rule: before → after". */
function worse(before: Record<string, CheckStatus>, after: Record<string, CheckStatus>, except: string): string[] {
  return Object.keys(before).filter((rule) => rule !== except && RANK[after[rule]!] < RANK[before[rule]!]).map((rule) => `${rule}: ${before[rule]} → ${after[rule]}`);
}

function assertFixShape(fix: Fix): void {
  expect(fix.describe.length).toBeGreaterThan(0);
  if (fix.changes.length === 0) expect(fix.byHand?.length ?? 0).toBeGreaterThan(0);
  for (const change of fix.changes) {
    expect(isWritable(change.pointer), change.pointer).toBe(true);
    expect(change.pointer).not.toMatch(/pass(word|code)/i);
    expect(['string', 'number', 'boolean']).toContain(typeof change.value);
  }
}

describe.each(Object.keys(profiles))('fixes of the profile %s', (profile) => {
  const offered = new Set<string>();
  for (const [name, meeting] of EXAMPLES) {
    const { statuses, fixes } = check(profile, meeting);
    for (const { rule } of fixes) offered.add(rule);
    it.each(fixes.map((f) => [f.rule, f] as const))(`${name}: the fix of %s, alone`, (rule, { fix }) => {
      expect(statuses[rule]).toBe('fail');
      assertFixShape(fix);
      const fixed = applyChanges(meeting, fix.changes);
      expect(meetingSchema().safeParse(fixed).success).toBe(true);
      const after = check(profile, fixed).statuses;
      if ((fix.byHand ?? []).length === 0) expect(after[rule]).toBe('pass');
      else expect(RANK[after[rule]!]).toBeGreaterThanOrEqual(RANK.fail);
      expect(worse(statuses, after, rule)).toEqual([]);
    });
    if (fixes.length > 1) {
      it(`${name}: every fix together (the plan)`, () => {
        const plan = planOf(fixes);
        const after = check(profile, applyChanges(meeting, plan.changes)).statuses;
        expect(worse(statuses, after, '')).toEqual([]);
        for (const { rule, fix } of fixes) if (fix.changes.length > 0 && !fix.byHand?.length) expect(after[rule], rule).toBe('pass');
      });
    }
  }
  it.skipIf(!requestSchemaAvailable)('every plan is a body Zoom\'s PATCH /meetings/{meetingId} accepts', () => {
    const validate = patchBodyValidator();
    for (const [name, meeting] of EXAMPLES) {
      const plan = planOf(check(profile, meeting).fixes, meeting);
      if (plan.changes.length > 0) expect([name, validate(patchBody(plan.changes))]).toEqual([name, []]);
    }
  });

  it('offers the fixes it should (and only on failing checks)', () => {
    expect([...offered].sort()).toEqual([...FIXABLE[profile]!].sort());
  });
});

describe('the profile conflict', () => {
  it('proper-use turns the waiting room off, current turns it on: each only in its own run', () => {
    const meeting = set(CURRENT, { '/settings/waiting_room': true });
    expect(planOf(check('proper-use', meeting).fixes).changes).toContainEqual({ pointer: '/settings/waiting_room', value: false });
    expect(planOf(check('current', meeting).fixes).changes.map((c) => c.pointer)).not.toContain('/settings/waiting_room');
    const off = set(CURRENT, { '/settings/waiting_room': false });
    expect(planOf(check('current', off).fixes).changes).toContainEqual({ pointer: '/settings/waiting_room', value: true });
    expect(planOf(check('proper-use', off).fixes).changes.map((c) => c.pointer)).not.toContain('/settings/waiting_room');
  });
});

describe('plans', () => {
  it('leave out values a field already holds, but keep an object Zoom takes whole', async () => {
    const { setFields } = await import('../src/engine/fix');
    const fix = setFields('d', {
      '/settings/waiting_room': true,
      '/settings/waiting_room_options/mode': 'custom',
      '/settings/waiting_room_options/who_goes_to_waiting_room': 'everyone',
    });
    const partial = set(CURRENT, { '/settings/waiting_room_options/who_goes_to_waiting_room': 'users_not_in_account' });
    expect(planOf([{ rule: 'r', fix }], partial).changes).toEqual([
      { pointer: '/settings/waiting_room_options/mode', value: 'custom' },
      { pointer: '/settings/waiting_room_options/who_goes_to_waiting_room', value: 'everyone' },
    ]);
    expect(planOf([{ rule: 'r', fix }], CURRENT).changes).toEqual([]);
    expect(planOf([{ rule: 'r', fix }]).changes).toHaveLength(3);
  });
});

describe('plan lines', () => {
  it('show values short, and never an object\'s contents', async () => {
    const { shown } = await import('../src/fix/plan');
    expect(shown('x'.repeat(500))).toBe('x'.repeat(59) + '…');
    expect(shown({ password: 'secret' })).toBe('(an object)');
    expect(shown(undefined)).toBe('(not set)');
    expect(shown(false)).toBe('false');
  });
});

describe('fix helpers', () => {
  it('a rule cannot build a fix that writes a passcode or a host setting', async () => {
    const { setFields } = await import('../src/engine/fix');
    expect(() => setFields('x', { '/password': 'abc' })).toThrow('a fix may not write /password');
    expect(() => setFields('x', { '/host_settings/in_meeting/waiting_room': true })).toThrow();
    expect(() => setFields('x', { '/settings/pstn_password': '1' })).toThrow();
  });
  it('only a failing outcome carries a fix', async () => {
    const { defineRule } = await import('../src/engine/define-rule');
    const { setFields } = await import('../src/engine/fix');
    const fix = setFields('x', { '/settings/waiting_room': true });
    const outcomes = ['pass', 'unknown', 'fail'] as const;
    const seen: string[] = [];
    for (const status of outcomes) {
      const rule = defineRule({
        id: `r-${status}`, severity: 'error', summary: '', rationale: '', fix: '', sources: [], history: '', messages: { m: 'm' },
        check: (_m, context) => (context[status] as (...args: unknown[]) => ReturnType<typeof context.fail>)('m', '/settings/waiting_room', {}, undefined, fix),
      });
      runChecks([{ name: 'case', source: 'file', meeting: CURRENT }], [{ rule, severity: 'error', options: {} }], (_, id) => seen.push(id));
    }
    expect(seen).toEqual(['r-fail']);
  });
});
