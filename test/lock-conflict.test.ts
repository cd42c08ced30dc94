// A pass decided from a setting that is locked for the host while the account
// holds the opposite value is not established (rules audit: a locked value that
// differs from the meeting's is a conflict, src/engine/lock-conflict.ts).
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index';
import { runChecks, type CheckResult } from '../src/engine/run-checks';
import { parseMeeting } from '../src/load/parse-meeting';
import { requireLockedOf } from '../src/policy/require-locked';

const rule = (id: string) => allRules.find((r) => r.id === id)!;
function checkOf(yaml: string, id: string): CheckResult {
  const parsed = parseMeeting(yaml);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [result] = runChecks([{ name: 'm.yaml', source: 'file', meeting: parsed.value }], [{ rule: rule(id), severity: rule(id).severity, options: { ...rule(id).options?.defaults } }]);
  return result!.checks[0]!;
}

const base = 'id: 85746065450\ntype: 2\npassword: "xK9#mQ2pLw"\n';
const RECORDING_LOCKED = 'locks:\n  recording:\n    auto_recording: true\n';
const RECORDING_OPEN = 'locks:\n  recording:\n    auto_recording: false\n';
const ACCOUNT_CLOUD = 'account_settings:\n  recording:\n    auto_recording: cloud\n';
const ACCOUNT_NONE = 'account_settings:\n  recording:\n    auto_recording: none\n';

describe('a locked setting the account holds otherwise', () => {
  const cases: { name: string; yaml: string; rule: string; status: CheckResult['status']; messageId: string }[] = [
    { name: 'locked, the account records to the cloud, the meeting not', yaml: `${base}settings:\n  auto_recording: none\n${ACCOUNT_CLOUD}${RECORDING_LOCKED}`, rule: 'no-auto-recording', status: 'unknown', messageId: 'lockConflict' },
    { name: 'locked, the account agrees', yaml: `${base}settings:\n  auto_recording: none\n${ACCOUNT_NONE}${RECORDING_LOCKED}`, rule: 'no-auto-recording', status: 'pass', messageId: 'off' },
    { name: 'not locked: the meeting decides', yaml: `${base}settings:\n  auto_recording: none\n${ACCOUNT_CLOUD}${RECORDING_OPEN}`, rule: 'no-auto-recording', status: 'pass', messageId: 'off' },
    { name: 'no locks block: not known to be locked', yaml: `${base}settings:\n  auto_recording: none\n${ACCOUNT_CLOUD}`, rule: 'no-auto-recording', status: 'pass', messageId: 'off' },
    { name: 'locked, the account value not given', yaml: `${base}settings:\n  auto_recording: none\n${RECORDING_LOCKED}`, rule: 'no-auto-recording', status: 'pass', messageId: 'off' },
    { name: 'a fail stays a fail: the meeting itself is wrong', yaml: `${base}settings:\n  auto_recording: cloud\n${ACCOUNT_NONE}${RECORDING_LOCKED}`, rule: 'no-auto-recording', status: 'fail', messageId: 'on' },
    {
      name: 'the waiting room locked on at the account, off in the meeting',
      yaml: `${base}settings:\n  waiting_room: false\naccount_settings:\n  meeting_security:\n    waiting_room: true\nlocks:\n  meeting_security:\n    waiting_room: true\n`,
      rule: 'no-waiting-room',
      status: 'unknown',
      messageId: 'lockConflict',
    },
    {
      name: 'the waiting room asked for (profile current) while the account locks it off',
      yaml: `${base}settings:\n  waiting_room: true\n  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: everyone\naccount_settings:\n  meeting_security:\n    waiting_room: false\nlocks:\n  meeting_security:\n    waiting_room: true\n`,
      rule: 'waiting-room',
      status: 'unknown',
      messageId: 'lockConflict',
    },
    {
      name: "a host setting against the account's: the passcode kept out of the link by the host, put in by the locked account",
      yaml: `${base}host_settings:\n  meeting_security:\n    embed_password_in_join_link: false\naccount_settings:\n  meeting_security:\n    embed_password_in_join_link: true\nlocks:\n  meeting_security:\n    embed_password_in_join_link: true\n`,
      rule: 'passcode-not-in-link',
      status: 'unknown',
      messageId: 'lockConflict',
    },
  ];
  it.each(cases)('$name: $rule is $status', ({ yaml, rule: id, status, messageId }) => {
    const check = checkOf(yaml, id);
    expect({ status: check.status, messageId: check.messageId }).toEqual({ status, messageId });
  });

  it('says which values disagree, points at the meeting, and names the account setting in the evidence', () => {
    const check = checkOf(`${base}settings:\n  auto_recording: none\n${ACCOUNT_CLOUD}${RECORDING_LOCKED}`, 'no-auto-recording');
    expect(check).toMatchObject({
      status: 'unknown',
      message:
        'settings.auto_recording is "none", but the setting is locked for the host and account_settings.recording.auto_recording is "cloud": ' +
        'Zoom does not document which of the two the meeting gets. Ask the account administrator to unlock the setting, or make the two agree.',
      pointer: '/settings/auto_recording',
      evidence: [
        { pointer: '/settings/auto_recording', level: 'meeting', locked: true },
        { pointer: '/account_settings/recording/auto_recording', level: 'account', locked: true },
      ],
    });
  });

  it('is not confirmed by require_locked: the lock no longer reads as a locked pass', () => {
    const yaml = `${base}settings:\n  auto_recording: none\n${ACCOUNT_CLOUD}${RECORDING_LOCKED}`;
    const parsed = parseMeeting(yaml);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [result] = runChecks([{ name: 'm.yaml', source: 'file', meeting: parsed.value }], [{ rule: rule('no-auto-recording'), severity: 'error', options: {} }]);
    expect(requireLockedOf(result!).checks.map((c) => c.status)).toEqual(['unknown']);
  });
});
