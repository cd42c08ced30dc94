// The built CLI on meeting files: verdicts, exit codes, streams, and secrets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const SECRETS = ['Qm7#tR2x', 'r7Kq2mXa9P', '"123456"', 'placeholderToken', 'k7Fp2Wq9', 'placeholderEncrypted', 'placeholder-start-token', '557201'];


const json = (stdout: string) => JSON.parse(stdout);

describe('checking meeting files', () => {
  it('passes the compliant fixture with exit 0', () => {
    const r = runCli(['fixtures/compliant-meeting.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/compliant-meeting.yaml · score 100/100 · PASS');
    expect(r.stdout).toContain('1 target (profile proper-use): 0 failed, 0 errored, 0 incomplete, 1 passed · checks: 9 pass, 0 fail, 0 unknown');
    expect(r.stderr).toBe('');
  });

  it('fails the risky fixture with exit 1, a location and a fix for each failure', () => {
    const r = runCli(['fixtures/risky-meeting.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/risky-meeting.yaml · score 13/100 · FAIL');
    expect(r.stdout).toMatch(/✖ error +no-waiting-room +The waiting room is on/);
    expect(r.stdout).toContain('at fixtures/risky-meeting.yaml:10:3');
    expect(r.stdout).toContain('fix: Zoom web portal: Meetings → your meeting → Edit → Security → untick Waiting Room');
    expect(r.stdout).toMatch(/\? unknown +lock-after-join +Not known whether the host will lock the meeting: add mediation.lock_after_join/);
    expect(r.stdout).toMatch(/✔ passed +passcode-required\n/);
  });

  it('counts incomplete and passed targets, and records the gate and the exit code, in the JSON summary and the pretty line', () => {
    const compliant = readFileSync('fixtures/compliant-meeting.yaml', 'utf8');
    const dir = tempProject({
      'a-ok.yaml': compliant,
      // Each its own meeting: one id in several files is a failure of unique-meeting-id.
      'b-incomplete.yaml': compliant.replace('  lock_after_join: true\n', '').replaceAll('85746065432', '85746065433'),
      'c-warning.yaml': compliant.replace('attendees_disclosed: true', 'attendees_disclosed: false').replaceAll('85746065432', '85746065434'),
    });
    const summary = (args: string[]) => json(runCli(['.', '-f', 'json', ...args], { cwd: dir }).stdout).summary;
    expect(summary([])).toEqual({ targets: 3, failed: 1, errored: 0, incomplete: 1, passed: 1, checks: { pass: 25, fail: 1, unknown: 1, waived: 0 }, failOn: 'error', exitCode: 0 });
    expect(summary(['--fail-on', 'unknown'])).toMatchObject({ failOn: 'unknown', exitCode: 1 });
    expect(summary(['--fail-on', 'warning'])).toMatchObject({ failOn: 'warning', exitCode: 1 });
    // A FAIL that exits 0 says why, in the pretty summary line.
    const pretty = runCli(['.'], { cwd: dir });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('c-warning.yaml · score 96/100 · FAIL');
    expect(pretty.stdout.trimEnd().split('\n').at(-1)).toBe('3 targets (profile proper-use): 1 failed, 0 errored, 1 incomplete, 1 passed · checks: 25 pass, 1 fail, 1 unknown · exit 0 (--fail-on error)');
    expect(runCli(['.', '--fail-on', 'warning'], { cwd: dir }).stdout).not.toContain('exit 0');
  });

  it('prints the contract JSON report, and only that, on stdout', () => {
    const r = runCli(['fixtures/risky-meeting.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'mediate-check', version: '0.1.0' }, profile: 'proper-use' });
    expect(report.summary).toEqual({ targets: 1, failed: 1, errored: 0, incomplete: 0, passed: 0, checks: { pass: 1, fail: 7, unknown: 1, waived: 0 }, failOn: 'error', exitCode: 1 });
    const [target] = report.targets;
    expect(target).toMatchObject({ target: 'fixtures/risky-meeting.yaml', source: 'file', score: 13, error: null });
    expect(target.checks.map((c: { rule: string; status: string }) => `${c.rule}:${c.status}`)).toEqual([
      'unique-meeting-id:fail',
      'passcode-required:pass',
      'passcode-not-in-link:fail',
      'no-waiting-room:fail',
      'lock-after-join:unknown',
      'private-network:fail',
      'client-version:fail',
      'no-auto-recording:fail',
      'agreement-clauses:fail',
    ]);
    expect(target.checks[3]).toEqual({
      rule: 'no-waiting-room',
      severity: 'error',
      status: 'fail',
      messageId: 'on',
      message:
        'The waiting room is on (settings.waiting_room is true), against the April 2020 advice. The flaw behind that advice was fixed on 7 April 2020; --profile current asks for a waiting room instead.',
      pointer: '/settings/waiting_room',
      line: 10,
      column: 3,
      endLine: 10,
      endColumn: 15, // the key "waiting_room"
      evidence: [{ pointer: '/settings/waiting_room', level: 'meeting', locked: null }],
    });
    expect(report.warnings).toEqual([]);
  });

  it('gates the exit code with --fail-on', () => {
    const dir = tempProject({ 'm.yaml': readFileSync('fixtures/compliant-meeting.yaml', 'utf8').replace('communications_heard_by_all: true', 'communications_heard_by_all: false') });
    expect(runCli(['m.yaml'], { cwd: dir }).code).toBe(0); // only a warning fails
    expect(runCli(['m.yaml', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(runCli(['fixtures/risky-meeting.yaml', '--fail-on', 'never']).code).toBe(0);
    const bad = runCli(['m.yaml', '--fail-on', 'sometimes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'sometimes' is invalid");
  });

  it('reports every target when one file is broken, and exits 2 without a stack trace', () => {
    const dir = tempProject({
      'a.yaml': 'id: 1\ntype: 2\n',
      'b.yaml': 'id: 2\ntype: 2\nmediation:\n  participants:\n    - name: X\n      network: hotel-wifi\n',
      'c.json': '{ "id": 3, "type": 2 ',
      'd.yaml': 'id: 4\ntype: 2\n',
    });
    for (const format of ['json', 'pretty']) {
      const r = runCli(['.', '-f', format], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      if (format === 'json') {
        const report = json(r.stdout);
        expect(report.targets.map((t: { target: string }) => t.target)).toEqual(['a.yaml', 'b.yaml', 'c.json', 'd.yaml']);
        expect(report.targets[1]).toMatchObject({
          score: null,
          checks: [],
          error: { message: 'mediation.participants[0].network: must be one of "private", "vpn", "public", "unknown", not that value', line: 6, column: 7 },
        });
        expect(report.targets[2].error.message).toMatch(/^invalid YAML/);
        expect(report.targets[0].checks).toHaveLength(9);
        expect(report.summary).toMatchObject({ targets: 4, errored: 2 });
        expect(r.stderr).toContain('mediate-check: b.yaml:6:7: mediation.participants[0].network: must be one of');
      } else {
        expect(r.stdout).toContain('b.yaml · ERROR');
        expect(r.stdout).toContain('✖ b.yaml:6:7  mediation.participants[0].network');
        expect(r.stdout).toContain('d.yaml · score');
      }
    }
  });

  it('never prints a passcode, encrypted passcode, start URL token or link pwd, in any format', () => {
    for (const [format, profile] of [['pretty', 'proper-use'], ['json', 'proper-use'], ['json', 'current'], ['sarif', 'current'], ['junit', 'current'], ['github', 'current']]) {
      const r = runCli(['fixtures', '-f', format!, '--profile', profile!]);
      const out = r.stdout + r.stderr;
      for (const secret of SECRETS) expect(out, `${format} ${profile}: ${secret}`).not.toContain(secret);
      expect(out).not.toMatch(/\b123456\b/); // the risky fixture's passcode, in any form
    }
    const broken = tempProject({ 'x.yaml': 'topic: x\npassword: "Zq9!secretpass\nsettings: [\n' });
    const r = runCli(['x.yaml', '-f', 'json'], { cwd: broken });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('Zq9!secretpass');
  });

  it('expands folders in code-point order, and globs', () => {
    const dir = tempProject({ 'b/z.yaml': 'type: 2\n', 'b/A.yml': 'type: 2\n', 'a.json': '{"type": 2}', 'notes.txt': 'x', '.mediate-check.yaml': 'profile: proper-use\n', 'node_modules/x.yaml': 'type: 2\n' });
    const all = json(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    expect(all.targets.map((t: { target: string }) => t.target)).toEqual(['a.json', 'b/A.yml', 'b/z.yaml']);
    const globbed = json(runCli(['b/*.y*ml', '-f', 'json'], { cwd: dir }).stdout);
    expect(globbed.targets.map((t: { target: string }) => t.target)).toEqual(['b/A.yml', 'b/z.yaml']);
    const deep = json(runCli(['**/*.yaml', '-f', 'json'], { cwd: dir }).stdout);
    expect(deep.targets.map((t: { target: string }) => t.target)).toEqual(['b/z.yaml']);
  });

  it('reads one document from standard input', () => {
    const r = runCli(['-', '-f', 'json'], { input: readFileSync('fixtures/compliant-meeting.yaml', 'utf8') });
    expect(r.code).toBe(0);
    expect(json(r.stdout).targets[0]).toMatchObject({ target: '<stdin>', source: 'stdin', score: 100 });
  });

  it('fails unique-meeting-id in both files that share an id', () => {
    const dir = tempProject({ 'one.yaml': 'id: 85746065432\ntype: 2\n', 'two.yaml': 'id: 85746065432\ntype: 2\n', 'three.yaml': 'id: 1\ntype: 2\n' });
    const report = json(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    const unique = report.targets.map((t: { target: string; checks: { rule: string; status: string; message: string }[] }) => [t.target, t.checks[0]!.status]);
    expect(unique).toEqual([['one.yaml', 'fail'], ['three.yaml', 'pass'], ['two.yaml', 'fail']]);
    expect(report.targets[0].checks[0].message).toBe('Meeting id 85746065432 is also used by two.yaml.');
  });

  it('treats a path that matches nothing as a usage error but still checks the rest', () => {
    const r = runCli(['fixtures/compliant-meeting.yaml', 'nope.yaml', 'nothing/*.yaml', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mediate-check: nope.yaml: no such file or folder');
    expect(r.stderr).toContain('mediate-check: nothing/*.yaml: the pattern matches no meeting file');
    expect(json(r.stdout).targets).toHaveLength(1);
    // Nothing at all to check is still a run: the report lists the problem (on a terminal, stdout is the report).
    const none = runCli(['nope.yaml']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(
      'Run problems\n  ✖ error    nope.yaml: no such file or folder\n\n0 targets (profile proper-use): 0 failed, 0 errored, 0 incomplete, 0 passed, 1 run problem · checks: 0 pass, 0 fail, 0 unknown\n',
    );
    expect(none.stderr).toBe('');
  });

  it('writes the report to --output and nothing to stdout', () => {
    const dir = tempProject({});
    const out = path.join(dir, 'report.json');
    const r = runCli(['fixtures/compliant-meeting.yaml', '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // Nothing else on the terminal: one line on stderr says where the report went and how the run ended.
    expect(r.stderr).toBe(`mediate-check: wrote the json report to ${out}: 1 target, 0 failed, 0 errored, 0 incomplete, 1 passed; exit code 0\n`);
    const text = path.join(dir, 'report.txt');
    const risky = runCli(['fixtures/risky-meeting.yaml', '-o', text]);
    expect(risky.code).toBe(1);
    expect(risky.stderr).toBe(`mediate-check: wrote the pretty report to ${text}: 1 target, 1 failed, 0 errored, 0 incomplete, 0 passed; exit code 1\n`);
    // A pretty report written to a file named like a machine format says how to get that format.
    const sarif = path.join(dir, 'r.sarif');
    expect(runCli(['fixtures/compliant-meeting.yaml', '-o', sarif]).stderr).toBe(
      `mediate-check: wrote the pretty report to ${sarif} (the format is -f's, not the file name's: add -f sarif): 1 target, 0 failed, 0 errored, 0 incomplete, 1 passed; exit code 0\n`,
    );
    // Standard output (-o -) needs no such line.
    expect(runCli(['fixtures/risky-meeting.yaml', '-o', '-']).stderr).toBe('');
    expect(json(readFileSync(out, 'utf8')).targets[0].score).toBe(100);
  });

  it('colours only when asked or on a terminal', () => {
    const ansi = /\u001b\[/;
    expect(runCli(['fixtures/risky-meeting.yaml']).stdout).not.toMatch(ansi); // a pipe
    expect(runCli(['fixtures/risky-meeting.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(runCli(['fixtures/risky-meeting.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(runCli(['fixtures/risky-meeting.yaml', '--color']).stdout).toMatch(ansi);
    expect(runCli(['fixtures/risky-meeting.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(runCli(['fixtures/risky-meeting.yaml', '-f', 'json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });

  // A real terminal, through util-linux `script` (skipped where it is missing).
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('colours on a real terminal, unless NO_COLOR or TERM=dumb says not to', () => {
    const onTerminal = (env: string) =>
      spawnSync('script', ['-qc', `${env} '${process.execPath}' '${BIN}' fixtures/risky-meeting.yaml`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).stdout;
    const ansi = /\u001b\[31m/;
    expect(onTerminal('')).toMatch(ansi);
    expect(onTerminal('')).toContain('FAIL');
    expect(onTerminal('NO_COLOR=1')).not.toMatch(ansi);
    expect(onTerminal('TERM=dumb')).not.toMatch(ansi);
  });

  it('exits 2 on usage errors, with a message and no stack trace', () => {
    for (const args of [[], ['--bogus', 'x.yaml'], ['fixtures', '--profile', 'proper_use'], ['fixtures', '-f', 'xml']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(runCli(['fixtures', '--profile', 'proper_use']).stderr).toContain('unknown profile "proper_use"; did you mean "proper-use"?');
    // A file that is no meeting file, named alone: a run problem in the report, exit 2.
    const readme = runCli(['fixtures/../README.md', '-f', 'json']);
    expect(readme.code).toBe(2);
    expect(JSON.parse(readme.stdout).problems).toEqual([{ level: 'error', path: 'fixtures/../README.md', message: 'not a meeting file (the name must end in .yaml, .yml or .json)' }]);
    expect(readme.stderr).toBe('mediate-check: fixtures/../README.md: not a meeting file (the name must end in .yaml, .yml or .json)\n');
  });
});

describe('rules and explain', () => {
  it('lists the rules as a table and as JSON', () => {
    const table = runCli(['rules']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^RULE +SEVERITY +PROFILES +PLATFORMS +SUMMARY$/);
    expect(table.stdout).toMatch(/^passcode-not-in-link +warning +proper-use,current +zoom,webex +The passcode is not embedded/m);
    const list = json(runCli(['rules', '--format', 'json']).stdout).rules;
    expect(list).toHaveLength(22);
    expect(list[0]).toEqual({ id: 'unique-meeting-id', severity: 'error', profiles: ['proper-use', 'current'], platforms: ['zoom', 'teams', 'webex'], summary: expect.any(String) });
    expect(list.find((r: { id: string }) => r.id === 'passcode-not-in-link').platforms).toEqual(['zoom', 'webex']);
    expect(table.stdout).toMatch(/^client-version +error +proper-use,current +zoom,teams,webex +/m);
    expect(list.find((r: { id: string }) => r.id === 'no-waiting-room').profiles).toEqual(['proper-use']);
    expect(list.find((r: { id: string }) => r.id === 'waiting-room').profiles).toEqual(['current']);
  });

  it('explains a rule, and suggests the nearest for a typo', () => {
    const r = runCli(['explain', 'no-waiting-room']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no-waiting-room (error; profiles: proper-use)');
    expect(r.stdout).toContain('\nPlatforms: zoom, teams, webex\n');
    expect(r.stdout).toContain('7 April 2020');
    expect(r.stdout).toContain('citizenlab.ca');
    const options = runCli(['explain', 'client-version']).stdout;
    expect(options).toContain('floor: lowest acceptable mediation.client.minimum_version (at least 5.0.0) (default "5.0.0")');
    const typo = runCli(['explain', 'no-waiting-rooms']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('mediate-check: unknown rule "no-waiting-rooms"; did you mean "no-waiting-room"? (see `mediate-check rules`)\n');
  });

  it('checks a folder named like a command when written as a path', () => {
    const dir = tempProject({ 'rules/m.yaml': 'type: 2\n' });
    const r = runCli(['./rules', '-f', 'json'], { cwd: dir });
    expect(json(r.stdout).targets[0].target).toBe('rules/m.yaml');
  });

  it('prints help and version with exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('--fail-on <level>');
    expect(runCli(['--version']).stdout.trim()).toBe('0.1.0');
  });
});
