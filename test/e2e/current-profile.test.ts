// The profile current through the built CLI: the fixture with every fact right
// passes every rule; the audit's cases get their verdicts from a file; evidence
// and require_locked reach the reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../rules/profiles';
import { runCli, tempProject } from '../helpers/cli';

const CURRENT = readFileSync('fixtures/current-meeting.yaml', 'utf8');
const json = (stdout: string) => JSON.parse(stdout) as { targets: { checks: { rule: string; status: string; messageId: string; evidence?: unknown[] }[] }[] };
const statusOf = (stdout: string, rule: string) => json(stdout).targets[0]!.checks.find((c) => c.rule === rule);

describe('--profile current', () => {
  it('passes every rule on fixtures/current-meeting.yaml', () => {
    const r = runCli(['--profile', 'current', 'fixtures/current-meeting.yaml', '-f', 'json']);
    expect(r.code).toBe(0);
    const checks = json(r.stdout).targets[0]!.checks;
    expect(checks.map((c) => c.rule)).toEqual(profiles['current']!.rules);
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });

  it('shows evidence with levels and locks', () => {
    const r = runCli(['--profile', 'current', 'fixtures/current-meeting.yaml', '-f', 'json']);
    expect(statusOf(r.stdout, 'dial-in-passcode')!.evidence).toEqual([{ pointer: '/host_settings/meeting_security/phone_password', level: 'user', locked: true }]);
    expect(statusOf(r.stdout, 'breakout-rooms-carve-out')!.evidence).toEqual([{ pointer: '/host_settings/in_meeting/breakout_room', level: 'user', locked: false }]);
    expect(statusOf(r.stdout, 'lock-after-join')).not.toHaveProperty('evidence');
    const pretty = runCli(['--profile', 'current', 'fixtures/current-meeting.yaml']);
    expect(pretty.stdout).toContain('dial-in-passcode: locked for the host');
    expect(pretty.stdout).toContain('breakout-rooms-carve-out: the host can change this');
  });

  it('reproduces the audit\'s cases from a file', () => {
    const dir = tempProject({
      // A1: rooms pre-assigned off, but the host can open them; no carve-out.
      'a1.yaml': 'settings:\n  encryption_type: enhanced_encryption\n  breakout_room:\n    enable: false\nhost_settings:\n  in_meeting:\n    breakout_room: true\nmediation:\n  agreement:\n    communications_heard_by_all: true\n',
      // A2: a waiting room for outsiders only, join before host on.
      'a2.yaml': 'settings:\n  waiting_room: true\n  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: users_not_in_account\n  join_before_host: true\n',
      // A3: a template whose host requires passcodes.
      'a3.yaml': 'template_id: tplAudit1\nhost_settings:\n  meeting_security:\n    meeting_password: true\n',
      // A4: the browser link hidden, browsers still allowed.
      'a4.yaml': 'host_settings:\n  in_meeting:\n    show_a_join_from_your_browser_link: false\n    join_from_desktop: true\n    join_from_mobile: true\nmediation:\n  client:\n    minimum_version: "5.0.0"\n',
      // A5: phone audio, no phone passcode.
      'a5.yaml': 'password: "k7Fp2Wq9"\nsettings:\n  audio: both\nhost_settings:\n  meeting_security:\n    phone_password: false\n',
    });
    const run = (file: string) => runCli(['--profile', 'current', file, '-f', 'json'], { cwd: dir }).stdout;
    expect(statusOf(run('a1.yaml'), 'end-to-end-encryption')).toMatchObject({ status: 'pass', messageId: 'caucus' });
    expect(statusOf(run('a1.yaml'), 'breakout-rooms-carve-out')).toMatchObject({ status: 'fail', messageId: 'conflict' });
    expect(statusOf(run('a2.yaml'), 'waiting-room')).toMatchObject({ status: 'fail', messageId: 'partial' });
    expect(statusOf(run('a2.yaml'), 'no-join-before-host')).toMatchObject({ status: 'fail', messageId: 'on' });
    expect(statusOf(run('a3.yaml'), 'passcode-required')).toMatchObject({ status: 'pass', messageId: 'templateOn' });
    expect(statusOf(run('a4.yaml'), 'client-version')).toMatchObject({ status: 'unknown', messageId: 'linkOnly' });
    expect(statusOf(run('a5.yaml'), 'dial-in-passcode')).toMatchObject({ status: 'fail', messageId: 'open' });
    // A4 holds in proper-use too.
    const properUse = runCli([dir + '/a4.yaml', '-f', 'json']).stdout;
    expect(statusOf(properUse, 'client-version')).toMatchObject({ status: 'unknown', messageId: 'linkOnly' });
  });

  it('with require_locked, fails a pass on a setting the host can change', () => {
    const dir = tempProject({ 'm.yaml': CURRENT, '.mediate-check.yaml': 'profile: current\nrequire_locked: true\n' });
    const r = runCli(['m.yaml', '-f', 'json', '--fail-on', 'warning'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(statusOf(r.stdout, 'breakout-rooms-carve-out')).toMatchObject({ status: 'fail', messageId: 'notLocked' });
    expect(statusOf(r.stdout, 'dial-in-passcode')).toMatchObject({ status: 'pass' });
    expect(statusOf(r.stdout, 'screen-share-host-only')).toMatchObject({ status: 'pass' }); // Zoom has no lock for who may share
    expect(statusOf(r.stdout, 'no-automatic-copies')).toMatchObject({ status: 'unknown', messageId: 'lockUnknown' });
  });

  it('no-waiting-room explains that the flaw was fixed', () => {
    const r = runCli(['explain', 'no-waiting-room']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--profile current');
    expect(r.stdout).toContain('7 April 2020');
  });
});
