// SARIF, JUnit and GitHub annotations, checked the way their consumers read them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/format-github';
import { runCli, tempProject } from '../helpers/cli';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The SARIF schema's language pattern is not valid under the u flag; its own tools read it without.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);


const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
const COMPLIANT = readFileSync('fixtures/compliant-meeting.yaml', 'utf8');

describe('sarif', () => {
  it('is a valid SARIF 2.1.0 log with the profile rules and one result per fail and unknown', () => {
    const r = runCli(['fixtures/risky-meeting.yaml', 'fixtures/compliant-meeting.yaml', '-f', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the validator does reject (no tool)
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toHaveLength(9);
    expect(run.tool.driver.rules[3]).toMatchObject({ id: 'no-waiting-room', defaultConfiguration: { level: 'error' }, help: { text: expect.stringContaining('In the file: settings.waiting_room: false.') } });
    // risky: 7 fails + 1 unknown; compliant: none.
    expect(run.results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`)).toEqual([
      'unique-meeting-id:error',
      'passcode-not-in-link:warning',
      'no-waiting-room:error',
      'lock-after-join:note',
      'private-network:error',
      'client-version:error',
      'no-auto-recording:error',
      'agreement-clauses:warning',
    ]);
    expect(run.results[2].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/risky-meeting.yaml' },
      region: { startLine: 10, startColumn: 3, endLine: 10, endColumn: 15 },
    });
    expect(run.results[2].ruleIndex).toBe(3);
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
  });

  it('leaves waived checks out and reports unreadable targets as notifications', () => {
    const dir = tempProject({
      'risky.yaml': RISKY,
      'broken.yaml': 'settings:\n  waiting_room: maybe\n',
      '.mediate-check.yaml': 'waivers:\n  - rule: no-waiting-room\n    target: "risky.yaml"\n    reason: Intake call\n',
    });
    const r = runCli(['.', '-f', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBe(true);
    const run = log.runs[0];
    expect(run.results.map((x: { ruleId: string }) => x.ruleId)).not.toContain('no-waiting-room');
    expect(run.results).toHaveLength(7);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: 'broken.yaml: settings.waiting_room: must be true or false, not text' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml' }, region: { startLine: 2, startColumn: 3 } } }],
    });
  });

  it('gives every target a valid URI: encoded file paths, standard input', () => {
    const dir = tempProject({ 'a b&c.yaml': RISKY });
    const file = JSON.parse(runCli(['.', '-f', 'sarif'], { cwd: dir }).stdout);
    expect(validateSarif(file)).toBe(true);
    expect(file.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b%26c.yaml');
    const stdin = JSON.parse(runCli(['-', '-f', 'sarif'], { input: RISKY }).stdout);
    expect(validateSarif(stdin), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(stdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin:');
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

  it('has a testcase per target and rule, with failures, skips and errors counted', () => {
    const dir = tempProject({ 'a-risky.yaml': RISKY, 'b-ok.yaml': COMPLIANT, 'c-broken.yaml': 'mediation:\n  lock_after_joining: true\n' });
    const r = runCli(['.', '-f', 'junit'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = parser.parse(r.stdout);
    const root = doc.testsuites;
    expect({ tests: root.tests, failures: root.failures, errors: root.errors, skipped: root.skipped }).toEqual({ tests: '27', failures: '7', errors: '9', skipped: '1' });
    const [risky, ok, broken] = root.testsuite;
    expect(risky).toMatchObject({ name: 'a-risky.yaml', tests: '9', failures: '7', skipped: '1', errors: '0', file: 'a-risky.yaml' });
    const waiting = risky.testcase.find((c: { name: string }) => c.name === 'no-waiting-room');
    expect(waiting).toMatchObject({ classname: 'a-risky.yaml', file: 'a-risky.yaml', line: '10', failure: { message: 'The waiting room is on (settings.waiting_room is true), against the April 2020 advice. The flaw behind that advice was fixed on 7 April 2020; --profile current asks for a waiting room instead.', type: 'error' } });
    expect(waiting.failure['#text']).toContain('at a-risky.yaml:10:3');
    expect(risky.testcase.find((c: { name: string }) => c.name === 'lock-after-join').skipped.message).toMatch(/^unknown: /);
    expect(ok).toMatchObject({ tests: '9', failures: '0', skipped: '0' });
    expect(broken.testcase[0].error.message).toBe('mediation.lock_after_joining: unknown key in mediation; did you mean "lock_after_join"?');
  });

  it('skips, never passes, a rule that has no decision for a Teams meeting, in its suite and in the totals', () => {
    const dir = tempProject({
      'a-broken.yaml': 'platform: teams\nlobbyBypassSettings: [\n',
      'b-zoom.yaml': COMPLIANT,
      'c-teams.json': readFileSync('fixtures/teams-compliant.json', 'utf8'),
    });
    const r = runCli(['.', '-f', 'junit'], { cwd: dir });
    expect(r.code).toBe(2);
    const root = parser.parse(r.stdout).testsuites;
    // 3 targets × 9 rules; Teams: 7 pass, 1 fail (no-waiting-room), passcode-not-in-link not checked.
    expect({ tests: root.tests, failures: root.failures, errors: root.errors, skipped: root.skipped }).toEqual({ tests: '27', failures: '1', errors: '9', skipped: '1' });
    const [broken, zoom, teams] = root.testsuite;
    expect(broken).toMatchObject({ name: 'a-broken.yaml', tests: '9', failures: '0', errors: '9', skipped: '0' });
    expect(zoom).toMatchObject({ name: 'b-zoom.yaml', tests: '9', failures: '0', errors: '0', skipped: '0' });
    expect(teams).toMatchObject({ name: 'c-teams.json', tests: '9', failures: '1', errors: '0', skipped: '1' });
    expect(teams.testcase).toHaveLength(9);
    const notChecked = teams.testcase.find((c: { name: string }) => c.name === 'passcode-not-in-link');
    expect(notChecked).toEqual({ classname: 'c-teams.json', name: 'passcode-not-in-link', file: 'c-teams.json', time: '0', skipped: { message: 'not checked: the rule has no decision for a Teams meeting' } });
    // A testcase with neither failure, error nor skipped is a pass to CI: exactly the checks that passed.
    const passed = root.testsuite.flatMap((s: { testcase: object[] }) => s.testcase).filter((c: object) => !('failure' in c || 'error' in c || 'skipped' in c));
    const summary = JSON.parse(runCli(['.', '-f', 'json'], { cwd: dir }).stdout).summary;
    expect(passed).toHaveLength(16);
    expect(summary.checks.pass).toBe(16);
  });

  it('escapes XML in names and messages', () => {
    const dir = tempProject({ 'a&b <c>.yaml': RISKY });
    const r = runCli(['.', '-f', 'junit'], { cwd: dir });
    const doc = parser.parse(r.stdout);
    expect(doc.testsuites.testsuite[0].name).toBe('a&b <c>.yaml');
  });
});

describe('github', () => {
  it('prints annotations with file and line, and appends a step summary', () => {
    const dir = tempProject({ 'risky.yaml': RISKY });
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = runCli(['risky.yaml', '-f', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
    expect(lines).toContain(
      '::error file=risky.yaml,line=10,endLine=10,col=3,endColumn=15,title=mediate-check no-waiting-room::The waiting room is on (settings.waiting_room is true), against the April 2020 advice. The flaw behind that advice was fixed on 7 April 2020; --profile current asks for a waiting room instead. Fix: Zoom web portal: Meetings → your meeting → Edit → Security → untick Waiting Room (for every meeting: Settings → Meeting → Security → Waiting Room); keep the passcode, and lock the meeting once everyone is in. In the file: settings.waiting_room: false. This is the April 2020 advice: Zoom fixed the flaw on 7 April 2020, and --profile current asks for a waiting room instead.',
    );
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## mediate-check (profile proper-use)');
    expect(md).toContain('\n1 target: 1 failed, 0 errored · checks: ');
    expect(md).toContain('| risky\\.yaml | fail | 13 | `unique-meeting-id`, `passcode-not-in-link`, `no-waiting-room`, `private-network`, `client-version`, `no-auto-recording`, `agreement-clauses` |');
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});
