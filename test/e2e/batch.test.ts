// A folder is checked one file at a time (nothing of a meeting is kept once it is
// checked): rules that compare targets still find what the run's meetings
// share, on every platform, and the policy still applies to every target.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli';

const zoom = (id: string, password: string) => `id: ${id}\ntype: 2\npassword: "${password}"\nsettings:\n  use_pmi: false\n`;
const teams = (id: string, passcode: string) =>
  `joinWebUrl: https://teams.microsoft.com/meet/${id}\nmeetingType: scheduled\nlobbyBypassSettings:\n  scope: organizer\njoinMeetingIdSettings:\n  joinMeetingId: "${id}"\n  passcode: "${passcode}"\n`;
const webex = (number: string, password: string) =>
  `meetingNumber: "${number}"\nwebLink: https://example.webex.com/j.php?MTID=m1\nscheduledType: meeting\npassword: "${password}"\n`;

interface Check {
  rule: string;
  status: string;
  messageId: string;
  message: string;
  line?: number;
  column?: number;
}

function byTarget(stdout: string, rules: readonly string[]): Record<string, Record<string, Pick<Check, 'status' | 'message' | 'line'>>> {
  const report = JSON.parse(stdout) as { targets: { target: string; checks: Check[] }[] };
  return Object.fromEntries(
    report.targets.map((t) => [
      t.target,
      Object.fromEntries(t.checks.filter((c) => rules.includes(c.rule)).map((c) => [c.rule, { status: c.status, message: c.message, line: c.line }])),
    ]),
  );
}

describe('a batch compares its targets without keeping their meetings', () => {
  it('finds shared ids and passcodes on each platform, and only within a platform', () => {
    const dir = tempProject({
      // Zoom: a and c share an id (a leading zero does not hide it), a and b a passcode.
      'a.yaml': zoom('85746065432', 'k7Fp2Wq9'),
      'b.yaml': zoom('85746065433', 'k7Fp2Wq9'),
      'c.yaml': zoom('"085746065432"', 'Zq4mT8vW'),
      // Five meetings sharing one passcode: three are named, the rest counted.
      ...Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`p${i}.yaml`, zoom(`7000000000${i}`, 'Shared9x')])),
      // Teams: the same join id and passcode twice; the passcode is also a.yaml's, on another platform.
      't1.yaml': teams('4471205938', 'k7Fp2Wq9'),
      't2.yaml': teams('4471205938', 'k7Fp2Wq9'),
      // Webex: one meeting number, written with and without spaces, and one password.
      'w1.yaml': webex('255 0123 4567', 'Hq7vT3pZ'),
      'w2.yaml': webex('25501234567', 'Hq7vT3pZ'),
    });
    const r = runCli(['.', '-f', 'json', '--profile', 'current', '--fail-on', 'never'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const got = byTarget(r.stdout, ['unique-meeting-id', 'passcode-not-shared']);
    expect(got['a.yaml']).toEqual({
      'unique-meeting-id': { status: 'fail', message: 'Meeting id 85746065432 is also used by c.yaml.', line: 1 },
      'passcode-not-shared': { status: 'fail', message: 'The same passcode is used by b.yaml.', line: 3 },
    });
    expect(got['b.yaml']).toEqual({
      'unique-meeting-id': { status: 'pass', message: 'A scheduled meeting (type 2) of its own.', line: 2 },
      'passcode-not-shared': { status: 'fail', message: 'The same passcode is used by a.yaml.', line: 3 },
    });
    expect(got['c.yaml']).toEqual({
      'unique-meeting-id': { status: 'fail', message: 'Meeting id 85746065432 is also used by a.yaml.', line: 1 },
      'passcode-not-shared': { status: 'pass', message: 'No other meeting in this run uses the same passcode.', line: 3 },
    });
    expect(got['p1.yaml']!['passcode-not-shared']).toEqual({ status: 'fail', message: 'The same passcode is used by p2.yaml, p3.yaml, p4.yaml and 1 other.', line: 3 });
    expect(got['p4.yaml']!['passcode-not-shared']!.message).toBe('The same passcode is used by p1.yaml, p2.yaml, p3.yaml and 1 other.');
    expect(got['t1.yaml']).toEqual({
      'unique-meeting-id': { status: 'fail', message: 'Join meeting id 4471205938 is also used by t2.yaml.', line: 6 },
      'passcode-not-shared': { status: 'fail', message: 'The same passcode is used by t2.yaml.', line: 7 },
    });
    expect(got['t2.yaml']!['passcode-not-shared']!.message).toBe('The same passcode is used by t1.yaml.');
    expect(got['w1.yaml']).toEqual({
      'unique-meeting-id': { status: 'fail', message: 'Meeting number 255 0123 4567 is also used by w2.yaml.', line: 1 },
      'passcode-not-shared': { status: 'fail', message: 'The same passcode is used by w2.yaml.', line: 4 },
    });
    expect(got['w2.yaml']!['unique-meeting-id']!.message).toBe('Meeting number 25501234567 is also used by w1.yaml.');
    // No passcode is ever printed, not even as its digest.
    expect(r.stdout).not.toMatch(/k7Fp2Wq9|Shared9x|Hq7vT3pZ/);
  });

  it('applies waivers and require_locked to every target, and warns of an idle waiver once', () => {
    const current = readFileSync('fixtures/current-meeting.yaml', 'utf8');
    const dir = tempProject({
      '.mediate-check.yaml': [
        'profile: current',
        'require_locked: true',
        'waivers:',
        '  - rule: breakout-rooms-carve-out',
        '    target: "m/one.yaml"',
        '    reason: Caucus agreed in writing',
        '  - rule: passcode-strength',
        '    target: "m/*.yaml"',
        '    reason: Not needed',
        '',
      ].join('\n'),
      'm/one.yaml': current,
      'm/two.yaml': current.replace(/85746065432|6589310093|91827364510|91234567890/g, '70000000002').replace(/password: .*/, 'password: "Other7pw2x"'),
    });
    const r = runCli(['m', '-f', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const status = (target: number, rule: string) => report.targets[target].checks.find((c: Check) => c.rule === rule);
    // require_locked made the pass a fail; the waiver then waived it for one.yaml only.
    expect(status(0, 'breakout-rooms-carve-out')).toMatchObject({ status: 'waived', messageId: 'notLocked', waiver: { reason: 'Caucus agreed in writing', expires: null } });
    expect(status(1, 'breakout-rooms-carve-out')).toMatchObject({ status: 'fail', messageId: 'notLocked' });
    expect(status(0, 'no-automatic-copies')).toMatchObject({ status: 'unknown', messageId: 'lockUnknown' });
    expect(report.summary.checks.waived).toBe(1);
    const idle = /waiver 2 \(line 7: passcode-strength on "m\/\*\.yaml"\) in .*matched no failing check/;
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(idle);
    expect(r.stderr.split('\n').filter((line) => idle.test(line))).toHaveLength(1);
  });
});
