// What a CI job reads must match what happened: run problems in every report,
// SARIF exitCode equal to the real one, unknown checks conformant to SARIF
// §3.27.10, --fail-on unknown, -o - and -o through a symlink, the policy named.
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);
const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
const COMPLIANT = readFileSync('fixtures/compliant-meeting.yaml', 'utf8');

describe('newcomer 3: a missing path is in every report, and SARIF tells the real exit code', () => {
  const args = ['missing.yaml', 'fixtures/compliant-meeting.yaml'];

  it('json: a top-level problems list', () => {
    const r = runCli([...args, '-f', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([{ message: 'no such file or folder', path: 'missing.yaml', level: 'error' }]);
    expect(report.targets).toHaveLength(1);
    expect(r.stderr).toBe('mediate-check: missing.yaml: no such file or folder\n');
  });

  it('sarif: a notification, executionSuccessful false, exitCode 2', () => {
    const r = runCli([...args, '-f', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const invocation = log.runs[0].invocations[0];
    expect(invocation).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(invocation.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'missing.yaml: no such file or folder' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.yaml' } } }] },
    ]);
  });

  it('sarif: exitCode 2 even when another target fails (a glob that matches nothing plus a risky file)', () => {
    const r = runCli(['nomatch/*.yaml', 'fixtures/risky-meeting.yaml', '-f', 'sarif']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
  });

  it('junit: one testcase with an error', () => {
    const r = runCli([...args, '-f', 'junit']);
    expect(r.code).toBe(2);
    const root = junit.parse(r.stdout).testsuites;
    expect(root.errors).toBe('1');
    const [run] = root.testsuite;
    expect(run).toMatchObject({ name: 'mediate-check run', tests: '1', errors: '1' });
    expect(run.testcase[0]).toMatchObject({ name: 'missing.yaml', error: { message: 'no such file or folder', type: 'run-problem', '#text': 'missing.yaml: no such file or folder' } });
  });

  it('github: one ::error', () => {
    const r = runCli([...args, '-f', 'github']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error title=mediate-check%3A run problem::missing.yaml: no such file or folder\n');
  });

  it('pretty: listed under run problems and counted in the summary', () => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Run problems\n  ✖ error    missing.yaml: no such file or folder\n');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 target (profile proper-use): 0 failed, 0 errored, 0 incomplete, 1 passed, 1 run problem · checks: 9 pass, 0 fail, 0 unknown');
  });

  it('a run that finds nothing to check still writes its report: SARIF to -o, JSON, JUnit, GitHub, pretty', () => {
    const dir = tempProject({ 'docs/notes.txt': 'not a meeting' });
    // Before, the run stopped with a usage error and wrote no report: the CI job's upload step had no file.
    const sarif = runCli(['missing.yaml', 'docs', '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(sarif.code).toBe(2);
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(log.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      'missing.yaml: no such file or folder',
      'docs: the folder holds no meeting file (.yaml, .yml or .json)',
    ]);
    expect(sarif.stderr).toBe(
      'mediate-check: missing.yaml: no such file or folder\n' +
        'mediate-check: docs: the folder holds no meeting file (.yaml, .yml or .json)\n' +
        'mediate-check: wrote the sarif report to out.sarif: 0 targets, 0 failed, 0 errored, 0 incomplete, 0 passed; exit code 2\n',
    );
    const json = runCli(['missing.yaml', '-f', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ problems: [{ level: 'error', path: 'missing.yaml', message: 'no such file or folder' }], targets: [], summary: { targets: 0, exitCode: 2 } });
    const junitRun = runCli(['missing.yaml', '-f', 'junit'], { cwd: dir });
    expect(junit.parse(junitRun.stdout).testsuites).toMatchObject({ tests: '1', errors: '1' });
    expect(runCli(['missing.yaml', '-f', 'github'], { cwd: dir }).stdout).toBe('::error title=mediate-check%3A run problem::missing.yaml: no such file or folder\n');
    const pretty = runCli(['missing.yaml'], { cwd: dir });
    expect(pretty.code).toBe(2);
    expect(pretty.stdout).toContain('Run problems\n  ✖ error    missing.yaml: no such file or folder\n');
    expect(pretty.stdout.trimEnd().split('\n').at(-1)).toBe('0 targets (profile proper-use): 0 failed, 0 errored, 0 incomplete, 0 passed, 1 run problem · checks: 0 pass, 0 fail, 0 unknown');
  });

  it('sarif exitCode is the real exit code in every case', () => {
    const dir = tempProject({ 'risky.yaml': RISKY, 'ok.yaml': COMPLIANT, 'broken.yaml': 'id: [\n', 'incomplete.yaml': COMPLIANT.replace(/^ *lock_after_join: true\n/m, '') });
    const cases: [string[], number][] = [
      [['ok.yaml'], 0],
      [['risky.yaml'], 1],
      [['risky.yaml', '--fail-on', 'never'], 0],
      [['broken.yaml', 'ok.yaml'], 2],
      [['incomplete.yaml'], 0],
      [['incomplete.yaml', '--fail-on', 'unknown'], 1],
    ];
    for (const [args, code] of cases) {
      const r = runCli([...args, '-f', 'sarif'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(code);
      expect(JSON.parse(r.stdout).runs[0].invocations[0].exitCode, args.join(' ')).toBe(code);
    }
  });
});

describe('SARIF unknown checks (§3.27.10)', () => {
  it('pairs every level other than none with kind fail; unknowns are level note, status unknown', () => {
    const r = runCli(['fixtures/risky-meeting.yaml', '-f', 'sarif']);
    const results = JSON.parse(r.stdout).runs[0].results as { level: string; kind: string; ruleId: string; properties: { status: string } }[];
    for (const result of results) if (result.level !== 'none') expect(result.kind, result.ruleId).toBe('fail');
    const unknown = results.find((x) => x.ruleId === 'lock-after-join')!;
    expect(unknown).toMatchObject({ level: 'note', kind: 'fail', properties: { status: 'unknown' } });
  });
});

describe('--fail-on unknown', () => {
  it('exits 1 when a check is unknown, 0 under the other gates', () => {
    const dir = tempProject({ 'incomplete.yaml': COMPLIANT.replace(/^ *lock_after_join: true\n/m, '') });
    expect(runCli(['incomplete.yaml'], { cwd: dir }).code).toBe(0);
    expect(runCli(['incomplete.yaml', '--fail-on', 'warning'], { cwd: dir }).code).toBe(0);
    expect(runCli(['incomplete.yaml', '--fail-on', 'unknown'], { cwd: dir }).code).toBe(1);
    expect(runCli(['fixtures/compliant-meeting.yaml', '--fail-on', 'unknown']).code).toBe(0);
    const bad = runCli(['fixtures/compliant-meeting.yaml', '--fail-on', 'incomplete']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Allowed choices are error, warning, unknown, never");
  });
});

describe('-o', () => {
  it('- means standard output', () => {
    const r = runCli(['fixtures/compliant-meeting.yaml', '-f', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).targets).toHaveLength(1);
  });

  it('M12: never writes through a symbolic link; the link is a usage error naming the path, and its target is untouched', () => {
    const dir = tempProject({ 'victim.txt': 'keep me\n' });
    symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'mediate-check.sarif'));
    const r = runCli([path.resolve('fixtures/risky-meeting.yaml'), '-f', 'sarif', '-o', 'mediate-check.sarif', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'mediate-check: -o mediate-check.sarif: is a symbolic link; the report is never written through one (remove it, or give another path, or - for standard output)\n',
    );
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(path.join(dir, 'mediate-check.sarif')).isSymbolicLink()).toBe(true);
    // A dangling link is refused too (it would otherwise create the file it points to).
    symlinkSync(path.join(dir, 'created-elsewhere.txt'), path.join(dir, 'dangling.json'));
    expect(runCli([path.resolve('fixtures/risky-meeting.yaml'), '-f', 'json', '-o', 'dangling.json'], { cwd: dir }).code).toBe(2);
    expect(() => lstatSync(path.join(dir, 'created-elsewhere.txt'))).toThrow();
  });

  it('replaces a regular file, and names a path it cannot write', () => {
    const dir = tempProject({ 'old.json': 'x'.repeat(100_000) });
    expect(runCli([path.resolve('fixtures/compliant-meeting.yaml'), '-f', 'json', '-o', 'old.json'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'old.json'), 'utf8')).targets).toHaveLength(1);
    mkdirSync(path.join(dir, 'folder'));
    const r = runCli([path.resolve('fixtures/compliant-meeting.yaml'), '-f', 'json', '-o', 'folder'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: cannot write the report to folder: it is a folder (EISDIR)\n');
    const noFolder = runCli([path.resolve('fixtures/compliant-meeting.yaml'), '-o', 'no-such-folder/r.txt'], { cwd: dir });
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toBe('mediate-check: cannot write the report to no-such-folder/r.txt: its folder does not exist (ENOENT)\n');
  });
});

describe('M4: the policy file in use is named in every report', () => {
  const policy = [
    'profile: proper-use',
    'rules:',
    '  no-waiting-room: off',
    '  passcode-required: off',
    '  passcode-not-in-link: error',
    '  client-version:',
    '    floor: "6.0.0"',
    'waivers:',
    '  - rule: no-auto-recording',
    '    reason: "Recorded with consent"',
    '  - rule: private-network',
    '    target: "old/*.yaml"',
    '    reason: "gone"',
    '    expires: 2020-01-01',
    '',
  ].join('\n');
  const dir = tempProject({ '.mediate-check.yaml': policy, 'm.yaml': RISKY });

  it('json: policy with its path, profile, every rules entry and every waiver', () => {
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).policy).toEqual({
      path: '.mediate-check.yaml',
      profile: 'proper-use',
      rulesChanged: [
        { rule: 'no-waiting-room', severity: 'off', options: {} },
        { rule: 'passcode-required', severity: 'off', options: {} },
        { rule: 'passcode-not-in-link', severity: 'error', options: {} },
        { rule: 'client-version', severity: null, options: { floor: '6.0.0' } },
      ],
      waivers: [
        { rule: 'no-auto-recording', target: null, reason: 'Recorded with consent', expires: null, expired: false },
        { rule: 'private-network', target: 'old/*.yaml', reason: 'gone', expires: '2020-01-01', expired: true },
      ],
    });
    expect(JSON.parse(runCli(['fixtures/compliant-meeting.yaml', '-f', 'json']).stdout).policy).toBeNull();
  });

  it('pretty: the summary line names the file, the rules it turns off and what it waives', () => {
    const r = runCli(['m.yaml'], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 target (profile proper-use; policy .mediate-check.yaml: 2 rules off, 1 severity changed, 2 waivers (1 expired), 1 check waived): 1 failed, 0 errored, 0 incomplete, 0 passed · checks: 0 pass, 5 fail, 1 unknown, 1 waived',
    );
  });

  it('sarif, junit and github say it too', () => {
    const summary = 'policy .mediate-check.yaml: 2 rules off, 1 severity changed, 2 waivers (1 expired), 1 check waived';
    const log = JSON.parse(runCli(['m.yaml', 'gone.yaml', '-f', 'sarif'], { cwd: dir }).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const sarif = log.runs[0];
    expect(sarif.properties.policy.path).toBe('.mediate-check.yaml');
    expect(sarif.invocations[0].toolConfigurationNotifications).toEqual([{ level: 'note', message: { text: summary } }]);
    const suites = junit.parse(runCli(['m.yaml', '-f', 'junit'], { cwd: dir }).stdout).testsuites.testsuite;
    expect(suites[0].name).toBe('mediate-check run');
    expect(suites[0].properties.property).toEqual([
      { name: 'policy', value: '.mediate-check.yaml' },
      { name: 'policy-summary', value: summary },
    ]);
    const github = runCli(['m.yaml', '-f', 'github'], { cwd: dir }).stdout.split('\n');
    expect(github[0]).toBe(`::notice title=mediate-check policy::${summary}`);
  });

  it('a policy that turns every rule off still says so (it was silent: PASS, exit 0, no trace)', () => {
    const off = tempProject({
      '.mediate-check.yaml': `rules:\n${['unique-meeting-id', 'passcode-required', 'passcode-not-in-link', 'no-waiting-room', 'lock-after-join', 'private-network', 'client-version', 'no-auto-recording', 'agreement-clauses'].map((id) => `  ${id}: off`).join('\n')}\n`,
      'templates/risky.yaml': RISKY,
    });
    const pretty = runCli(['templates/'], { cwd: off });
    expect(pretty.stdout).toContain('(profile proper-use; policy .mediate-check.yaml: 9 rules off, 0 waivers, 0 checks waived)');
    const github = runCli(['templates/', '-f', 'github'], { cwd: off });
    expect(github.stdout).toBe('::notice title=mediate-check policy::policy .mediate-check.yaml: 9 rules off, 0 waivers, 0 checks waived\n');
  });
});

describe('the step summary', () => {
  it('names the policy and lists run problems', () => {
    const dir = tempProject({ '.mediate-check.yaml': 'rules:\n  no-waiting-room: off\n', 'm.yaml': COMPLIANT });
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    runCli(['m.yaml', 'gone.yaml', '-f', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('policy \\.mediate\\-check\\.yaml\\: 1 rule off\\, 0 waivers\\, 0 checks waived\n');
    expect(md).toContain('- error: gone\\.yaml\\: no such file or folder\n');
  });
});
