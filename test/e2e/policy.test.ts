// The policy file: profile, severities, options, waivers, and its own errors.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
const COMPLIANT = readFileSync('fixtures/compliant-meeting.yaml', 'utf8');


const checks = (stdout: string, target = 0) =>
  Object.fromEntries(JSON.parse(stdout).targets[target].checks.map((c: { rule: string; severity: string; status: string }) => [c.rule, `${c.severity}:${c.status}`]));

describe('policy file', () => {
  it('overrides a severity, turns a rule off, and sets a rule option', () => {
    const dir = tempProject({
      '.mediate-check.yaml': [
        'rules:',
        '  passcode-not-in-link: error',
        '  no-waiting-room: off',
        '  client-version:',
        '    floor: "6.5.0"',
        '',
      ].join('\n'),
      'm.yaml': COMPLIANT,
    });
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
    const c = checks(r.stdout);
    expect(c['no-waiting-room']).toBeUndefined();
    expect(Object.keys(c)).toHaveLength(8);
    expect(c['passcode-not-in-link']).toBe('error:pass');
    expect(c['client-version']).toBe('error:fail'); // 6.4.0 is below the raised floor
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0].checks.find((x: { rule: string }) => x.rule === 'client-version').message).toBe('The minimum client version 6.4.0 is below the floor 6.5.0.');
  });

  it('is found in a parent folder, and -c names another', () => {
    const dir = tempProject({ '.mediate-check.yaml': 'profile: current\n', 'sub/m.yaml': COMPLIANT, 'other.yaml': 'profile: proper-use\n' });
    const found = JSON.parse(runCli(['m.yaml', '-f', 'json'], { cwd: path.join(dir, 'sub') }).stdout);
    expect(found.profile).toBe('current');
    expect(found.targets[0].checks).toHaveLength(21);
    const named = JSON.parse(runCli(['sub/m.yaml', '-f', 'json', '-c', 'other.yaml'], { cwd: dir }).stdout);
    expect(named.profile).toBe('proper-use');
    const cli = JSON.parse(runCli(['m.yaml', '-f', 'json', '--profile', 'proper-use'], { cwd: path.join(dir, 'sub') }).stdout);
    expect(cli.profile).toBe('proper-use'); // --profile wins over the file
  });

  it('applies a waiver to the failing check of the targets its glob names, relative to the policy folder', () => {
    const dir = tempProject({
      '.mediate-check.yaml': [
        'waivers:',
        '  - rule: no-waiting-room',
        '    target: "intake/*.yaml"',
        '    reason: "Intake calls carry no confidential matter"',
        '    expires: 2099-12-31',
        '',
      ].join('\n'),
      'intake/a.yaml': RISKY,
      'sessions/b.yaml': RISKY,
    });
    const r = runCli(['.', '-f', 'json'], { cwd: path.join(dir) });
    const report = JSON.parse(r.stdout);
    const waived = report.targets[0].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room');
    expect(waived).toMatchObject({ status: 'waived', waiver: { reason: 'Intake calls carry no confidential matter', expires: '2099-12-31' } });
    expect(report.targets[1].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room').status).toBe('fail');
    expect(report.summary.checks.waived).toBe(1);
    // The waived check counts in neither part of the score: 3 / (3 × 7 + 1 × 2) → 13 becomes 3 / (3 × 6 + 2) = 15.
    expect(report.targets[0].score).toBe(15);
    expect(report.warnings).toEqual([]);
    expect(r.stderr).toBe('');
    // Run from the subfolder: the glob is still relative to the policy file.
    const sub = JSON.parse(runCli(['a.yaml', '-f', 'json'], { cwd: path.join(dir, 'intake') }).stdout);
    expect(sub.targets[0].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room').status).toBe('waived');
    // A waiver only ever covers its rule: with every other failure gone the exit code would be 0.
    const only = tempProject({
      '.mediate-check.yaml': 'waivers:\n  - rule: no-waiting-room\n    reason: fine\n',
      'm.yaml': COMPLIANT.replace('waiting_room: false', 'waiting_room: true'),
    });
    const exit = runCli(['m.yaml'], { cwd: only });
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(/○ waived +no-waiting-room/);
  });

  it('waives a target outside the policy file\'s folder only by a glob that starts with ../ (or no target at all)', () => {
    const waiverOn = (target?: string) =>
      `waivers:\n  - rule: no-waiting-room\n${target === undefined ? '' : `    target: "${target}"\n`}    reason: "intake calls"\n`;
    const dir = tempProject({ 'pol2/in.yaml': RISKY, 'mix/bad.yaml': RISKY.replace('6589310093', '6589310094') });
    const statuses = (target?: string) => {
      writeFileSync(path.join(dir, 'pol2/.mediate-check.yaml'), waiverOn(target));
      const report = JSON.parse(runCli(['in.yaml', '../mix/bad.yaml', '-f', 'json'], { cwd: path.join(dir, 'pol2') }).stdout);
      return report.targets.map((t: { target: string; checks: { rule: string; status: string }[] }) => [t.target, t.checks.find((c) => c.rule === 'no-waiting-room')!.status]);
    };
    expect(statuses('**/*.yaml')).toEqual([['in.yaml', 'waived'], ['../mix/bad.yaml', 'fail']]);
    expect(statuses('**')).toEqual([['in.yaml', 'waived'], ['../mix/bad.yaml', 'fail']]);
    expect(statuses('../mix/*.yaml')).toEqual([['in.yaml', 'fail'], ['../mix/bad.yaml', 'waived']]);
    expect(statuses('../**')).toEqual([['in.yaml', 'fail'], ['../mix/bad.yaml', 'waived']]);
    expect(statuses(undefined)).toEqual([['in.yaml', 'waived'], ['../mix/bad.yaml', 'waived']]);
  });

  it('refuses an expired waiver and says so', () => {
    const dir = tempProject({
      '.mediate-check.yaml': 'waivers:\n  - rule: no-waiting-room\n    target: "*.yaml"\n    reason: old exception\n    expires: 2020-04-07\n',
      'm.yaml': COMPLIANT.replace('waiting_room: false', 'waiting_room: true'),
    });
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.targets[0].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room').status).toBe('fail');
    const warning = 'waiver 1 (line 2: no-waiting-room on "*.yaml") in .mediate-check.yaml expired on 2020-04-07: the checks it covered count again';
    expect(report.warnings).toEqual([warning]);
    expect(r.stderr).toBe(`mediate-check: ${warning}\n`);
  });

  it('reports a waiver that matched a target but no failing check', () => {
    const dir = tempProject({ '.mediate-check.yaml': 'waivers:\n  - rule: no-auto-recording\n    reason: not needed any more\n', 'm.yaml': COMPLIANT });
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([
      'waiver 1 (line 2: no-auto-recording) in .mediate-check.yaml names no target: it waives no-auto-recording for every target',
      'waiver 1 (line 2: no-auto-recording on "**") in .mediate-check.yaml matched no failing check: remove it if it is no longer needed',
    ]);
  });

  it('does not call a waiver idle when its rule is not checked in this run (another profile\'s rule, or turned off)', () => {
    const dir = tempProject({
      '.mediate-check.yaml': 'rules:\n  no-auto-recording: off\nwaivers:\n  - rule: no-auto-recording\n    reason: r\n  - rule: waiting-room\n    reason: current only\n  - rule: lock-after-join\n    reason: idle\n',
      'm.yaml': COMPLIANT,
    });
    const r = runCli(['m.yaml', '-f', 'json', '--profile', 'proper-use'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings.filter((w: string) => !w.includes('names no target'))).toEqual([
      '.mediate-check.yaml turns off 1 rule of the profile: no-auto-recording; those checks are not made',
      'waiver 3 (line 8: lock-after-join on "**") in .mediate-check.yaml matched no failing check: remove it if it is no longer needed',
    ]);
  });

  it('fails with exit 2, the file, the line and the key, on a bad policy file', () => {
    const cases: [string, string][] = [
      ['rules:\n  no-waiting-rooms: error\n', '.mediate-check.yaml:2:3: rules.no-waiting-rooms: unknown rule "no-waiting-rooms"; did you mean "no-waiting-room"?'],
      ['rules:\n  no-waiting-room: fatal\n', '.mediate-check.yaml:2:3: rules.no-waiting-room: must be one of "off", "warning", "error", or a mapping with severity and options'],
      ['rules:\n  client-version:\n    floor: "4.9.0"\n', '.mediate-check.yaml:3:5: rules.client-version.floor: must be 5.0.0 or above'],
      ['rules:\n  client-version:\n    flor: "6.0.0"\n', '.mediate-check.yaml:3:5: rules.client-version.flor: unknown key in rules.client-version; did you mean "floor"?'],
      ['rules:\n  client-version: eror\n', '.mediate-check.yaml:2:3: rules.client-version: must be one of "off", "warning", "error", or a mapping with severity and options; did you mean "error"?'],
      ['waivers:\n  - rule: no-waiting-room\n    reason: x\n    expires: 31/01/2027\n', '.mediate-check.yaml:4:5: waiver 1, expires: must be a date written YYYY-MM-DD, like 2027-01-31'],
      ['waivers:\n  - rule: no-waiting-room\n    reason: x\n    expires: 2027-02-30\n', '.mediate-check.yaml:4:5: waiver 1, expires: is not a date that exists: check the day and the month (a month has 28 to 31 days)'],
      ['waivers:\n  - rule: no-waiting-room\n    target: "*.yaml"\n', '.mediate-check.yaml:2:5: waiver 1, reason: is required (text)'],
      ['waivers:\n  - rule: no-waiting-room\n    reason: x\n  - rule: waiting-rom\n    reason: y\n', '.mediate-check.yaml:4:5: waiver 2, rule: unknown rule "waiting-rom"; did you mean "waiting-room"?'],
      ['profile: curent\n', '.mediate-check.yaml:1:1: profile: unknown profile "curent"; did you mean "current"?'],
      ['profiles: current\n', '.mediate-check.yaml:1:1: profiles: unknown key at the top level; did you mean "profile"?'],
      ['rules: [\n', '.mediate-check.yaml:1:8: invalid YAML: the bracket opened on line 1 is never closed'],
    ];
    for (const [policy, message] of cases) {
      const dir = tempProject({ '.mediate-check.yaml': policy, 'm.yaml': COMPLIANT });
      const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
      expect(r.code, policy).toBe(2);
      expect(r.stdout, policy).toBe('');
      expect(r.stderr, policy).toContain(`mediate-check: bad policy file: ${message}`);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    // A floor that is no version gets that one message, not also "must be 5.0.0 or above".
    const notVersion = runCli(['m.yaml'], { cwd: tempProject({ '.mediate-check.yaml': 'rules:\n  client-version:\n    floor: "six"\n', 'm.yaml': COMPLIANT }) });
    expect(notVersion.code).toBe(2);
    expect(notVersion.stderr).toBe('mediate-check: bad policy file: .mediate-check.yaml:3:5: rules.client-version.floor: must be a version written major.minor.patch, like "6.4.0"\n');
    const missing = runCli(['fixtures/compliant-meeting.yaml', '-c', 'no-such-policy.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('mediate-check: cannot read the policy file no-such-policy.yaml: it does not exist (ENOENT)\n');
  });
});
