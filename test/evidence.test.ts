// Evidence (level and lock of each Zoom fact), the lock map, the require_locked
// policy and the capped "also used by" lists.
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index';
import { evidenceOf, levelOf } from '../src/engine/evidence';
import { othersText } from '../src/engine/name-list';
import { runChecks, type LoadedTarget, type TargetResult } from '../src/engine/run-checks';
import { parseMeeting } from '../src/load/parse-meeting';
import { lockPointerOf } from '../src/model/lock-map';
import type { Meeting } from '../src/model/meeting-schema';
import { requireLockedOf } from '../src/policy/require-locked';
import { parsePolicy } from '../src/policy/load-policy';
import formatPretty from '../src/report/format-pretty';
import { buildReport } from '../src/report/report';
import { rulesById } from '../src/engine/enable-rules';

function meeting(yaml: string): Meeting {
  const parsed = parseMeeting(yaml);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const rule = (id: string) => allRules.find((r) => r.id === id)!;
function check(yaml: string, ids: string[]): TargetResult {
  const target: LoadedTarget = { name: 'm.yaml', source: 'file', meeting: meeting(yaml) };
  return runChecks([target], ids.map((id) => ({ rule: rule(id), severity: rule(id).severity, options: { ...rule(id).options?.defaults } })))[0]!;
}

describe('lock map', () => {
  it('maps facts to the lock_settings leaf that guards them', () => {
    expect(lockPointerOf('/settings/waiting_room')).toBe('/locks/meeting_security/waiting_room');
    expect(lockPointerOf('/settings/continuous_meeting_chat/enable')).toBe('/locks/schedule_meeting/continuous_meeting_chat');
    expect(lockPointerOf('/host_settings/in_meeting/breakout_room')).toBe('/locks/in_meeting/breakout_room');
    expect(lockPointerOf('/host_settings/meeting_security/phone_password')).toBe('/locks/meeting_security/phone_password');
    expect(lockPointerOf('/host_settings/schedule_meeting/pstn_password_protected')).toBe('/locks/meeting_security/phone_password');
    expect(lockPointerOf('/account_settings/recording/archive/enable')).toBe('/locks/recording/archive');
    expect(lockPointerOf('/password')).toBe('/locks/meeting_security/meeting_password');
  });

  it('maps nothing where Zoom has no lock', () => {
    expect(lockPointerOf('/host_settings/in_meeting/who_can_share_screen')).toBeUndefined();
    expect(lockPointerOf('/host_settings/in_meeting/join_from_desktop')).toBeUndefined();
    expect(lockPointerOf('/settings/alternative_hosts')).toBeUndefined();
    expect(lockPointerOf('/mediation/lock_after_join')).toBeUndefined();
  });
});

describe('evidence', () => {
  it('derives the level from where the fact sits', () => {
    const m = meeting('id: 1\n');
    expect(levelOf('/settings/waiting_room', m)).toBe('meeting');
    expect(levelOf('/password', m)).toBe('meeting');
    expect(levelOf('/host_settings/in_meeting/breakout_room', m)).toBe('user');
    expect(levelOf('/account_settings/recording/archive/enable', m)).toBe('account');
    expect(levelOf('/mediation/lock_after_join', m)).toBeUndefined();
    expect(levelOf('/locks/in_meeting/breakout_room', m)).toBeUndefined();
    expect(levelOf('/settings/waiting_room', meeting('template_id: tpl1\n'))).toBe('template');
    expect(levelOf('/settings/waiting_room', meeting('id: 5\ntemplate_id: tpl1\n'))).toBe('meeting');
  });

  it('reads locked from the locks block: true, false, or null when unknown', () => {
    const m = meeting(
      'settings:\n  waiting_room: true\n  auto_recording: none\n  join_before_host: false\nhost_settings:\n  in_meeting:\n    who_can_share_screen: host\n' +
        'locks:\n  meeting_security:\n    waiting_room: true\n    encryption_type: e2ee\n  recording:\n    auto_recording: false\n',
    );
    expect(evidenceOf(m, ['/settings/waiting_room', '/settings/auto_recording', '/settings/join_before_host', '/host_settings/in_meeting/who_can_share_screen'])).toEqual([
      { pointer: '/settings/waiting_room', level: 'meeting', locked: true },
      { pointer: '/settings/auto_recording', level: 'meeting', locked: false },
      { pointer: '/settings/join_before_host', level: 'meeting', locked: null }, // no leaf in this locks block
      { pointer: '/host_settings/in_meeting/who_can_share_screen', level: 'user', locked: null }, // Zoom cannot lock it
    ]);
    expect(evidenceOf(meeting('settings:\n  encryption_type: e2ee\nlocks:\n  meeting_security:\n    encryption_type: e2ee\n'), ['/settings/encryption_type'])[0]!.locked).toBeNull();
    expect(evidenceOf(meeting('settings:\n  waiting_room: true\n'), ['/settings/waiting_room'])[0]!.locked).toBeNull(); // no locks block
  });

  it('names only facts the input holds, once each, and never the mediation block', () => {
    const m = meeting('settings:\n  waiting_room: true\nmediation:\n  lock_after_join: true\n');
    expect(evidenceOf(m, ['/settings/waiting_room', '/settings/waiting_room', '/settings/audio', '/mediation/lock_after_join'])).toEqual([
      { pointer: '/settings/waiting_room', level: 'meeting', locked: null },
    ]);
  });

  it('is attached by the engine (the outcome pointer by default) and left off when empty', () => {
    const result = check('settings:\n  auto_recording: none\nmediation:\n  lock_after_join: true\n', ['no-auto-recording', 'lock-after-join']);
    expect(result.checks[0]!.evidence).toEqual([{ pointer: '/settings/auto_recording', level: 'meeting', locked: null }]);
    expect(result.checks[1]).not.toHaveProperty('evidence');
  });
});

describe('require_locked', () => {
  const WAITING = 'settings:\n  waiting_room: true\nhost_settings:\n  meeting_security:\n    waiting_room_settings:\n      participants_to_place_in_waiting_room: 0\n    phone_password: true\n';

  it('is a policy key, off by default, and checked', () => {
    expect(parsePolicy('require_locked: true\n', 'p.yaml').requireLocked).toBe(true);
    expect(parsePolicy('profile: current\n', 'p.yaml').requireLocked).toBe(false);
    expect(() => parsePolicy('require_locked: yes please\n', 'p.yaml')).toThrow(/p\.yaml:1:\d+: require_locked/);
  });

  it('turns a pass on an unlocked host setting into a fail', () => {
    const out = requireLockedOf(check('host_settings:\n  meeting_security:\n    phone_password: true\nlocks:\n  meeting_security:\n    phone_password: false\n', ['dial-in-passcode']));
    expect(out!.checks[0]).toMatchObject({ status: 'fail', messageId: 'notLocked' });
    expect(out!.checks[0]!.message).toContain('But host_settings.meeting_security.phone_password is not locked, so the host can change it');
  });

  it('turns a pass whose lock is not known into unknown, and keeps a locked pass', () => {
    const unsure = requireLockedOf(check(WAITING, ['dial-in-passcode']));
    expect(unsure!.checks[0]).toMatchObject({ status: 'unknown', messageId: 'lockUnknown' });
    expect(unsure!.checks[0]!.message).toContain('It is not known whether host_settings.meeting_security.phone_password is locked, which the policy requires: add locks.meeting_security.phone_password.');
    const locked = requireLockedOf(check(WAITING + 'locks:\n  meeting_security:\n    phone_password: true\n', ['dial-in-passcode']));
    expect(locked!.checks[0]).toMatchObject({ status: 'pass', messageId: 'required' });
  });

  it('covers the meeting\'s own settings: an unlocked waiting room can be switched off in the meeting', () => {
    const open = requireLockedOf(check(WAITING + 'locks:\n  meeting_security:\n    waiting_room: false\n', ['waiting-room']));
    expect(open!.checks[0]).toMatchObject({ status: 'fail', messageId: 'notLocked' });
    expect(open!.checks[0]!.message).toContain('But settings.waiting_room is not locked');
    const locked = requireLockedOf(check(WAITING + 'locks:\n  meeting_security:\n    waiting_room: true\n', ['waiting-room']));
    expect(locked!.checks[0]!.status).toBe('pass'); // who goes to the waiting room has no lock in Zoom
  });

  it('leaves passes on unlockable settings and the mediation block alone, and never touches fails', () => {
    const out = requireLockedOf(
      check('host_settings:\n  in_meeting:\n    who_can_share_screen: host\nmediation:\n  lock_after_join: true\n', ['screen-share-host-only', 'lock-after-join']),
    );
    expect(out!.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    const failing = requireLockedOf(
      check('settings:\n  audio: both\nhost_settings:\n  meeting_security:\n    phone_password: false\nlocks:\n  meeting_security:\n    phone_password: false\n', ['dial-in-passcode', 'waiting-room']),
    );
    expect(failing!.checks.map((c) => [c.status, c.messageId])).toEqual([['fail', 'open'], ['unknown', 'missing']]);
  });
});

describe('the pretty report', () => {
  it('says whether the host can change a setting a check decided from', async () => {
    const results = [
      check('host_settings:\n  meeting_security:\n    phone_password: true\nlocks:\n  meeting_security:\n    phone_password: true\n', ['dial-in-passcode']),
      check('host_settings:\n  in_meeting:\n    breakout_room: true\nlocks:\n  in_meeting:\n    breakout_room: false\n', ['breakout-rooms-carve-out']),
      check('settings:\n  audio: voip\n', ['dial-in-passcode']),
    ];
    const pieces = await formatPretty({ report: buildReport(results, 'current'), rules: rulesById, enabled: [], failOn: 'error', env: {}, colour: false } as never);
    const text = [...pieces].join('');
    const [locked, open, meetingOnly] = text.split('\n\n');
    expect(locked).toContain('dial-in-passcode: locked for the host');
    expect(open).toContain('the host can change this');
    expect(meetingOnly).not.toMatch(/locked for the host|can change this/);
  });
});

describe('"also used by" lists', () => {
  it('name three and count the rest', () => {
    const name = (i: number) => `t${i}`;
    // The first owners (self may be one of them), how many others there are, self.
    expect(othersText([0, 1], 1, 0, name)).toBe('t1');
    expect(othersText([0, 1, 2, 3], 3, 2, name)).toBe('t0, t1, t3');
    expect(othersText([0, 1, 2, 3], 3000, 0, name)).toBe('t1, t2, t3 and 2,997 others');
    expect(othersText([0, 1, 2, 3], 3001, 7, name)).toBe('t0, t1, t2 and 2,998 others');
    expect(othersText([4], 0, 4, name)).toBe('');
  });

  it('stay linear when thousands of targets share an id and a passcode', () => {
    const count = 20_000;
    const shared = meeting('id: 85746065432\ntype: 2\npassword: "k7Fp2Wq9"\n');
    const targets: LoadedTarget[] = Array.from({ length: count }, (_, i) => ({ name: `m${i}.yaml`, source: 'file', meeting: shared }));
    const started = performance.now();
    const results = runChecks(targets, ['unique-meeting-id', 'passcode-not-shared'].map((id) => ({ rule: rule(id), severity: rule(id).severity, options: {} })));
    const elapsed = performance.now() - started;
    expect(results[5]!.checks[0]!.message).toBe('Meeting id 85746065432 is also used by m0.yaml, m1.yaml, m2.yaml and 19,996 others.');
    expect(results[0]!.checks[1]!.message).toBe('The same passcode is used by m1.yaml, m2.yaml, m3.yaml and 19,996 others.');
    expect(elapsed).toBeLessThan(5000); // quadratic work would take minutes here
  });
});
