// Issue 12 item 7 (newcomer trial item 10): a folder search checks meetings only.
// package.json, tsconfig.json, package-lock.json, the tool's own reports, ignored
// and excluded files are notices of the run (exit code unaffected), never targets
// and never dropped silently; a file named on the command line is always checked.
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/cli';

const risky = readFileSync('fixtures/risky-meeting.yaml');
const compliant = readFileSync('fixtures/compliant-meeting.yaml');

interface Report {
  targets: { target: string }[];
  problems: { level: string; path: string; message: string }[];
  summary: { exitCode: number };
}
const report = (r: { stdout: string }) => JSON.parse(r.stdout) as Report;

const NOT_A_MEETING =
  'passed over: does not look like a meeting file: none of the Zoom meeting keys (id, uuid, type, topic, settings, password, join_url, host_settings, template_id, …), ' +
  'none of the Teams keys (joinWebUrl, lobbyBypassSettings, platform: teams, …), none of the Webex keys (meetingNumber, webLink, platform: webex, …) ' +
  'and no mediation block (name the file on the command line to check it anyway)';
const OWN_REPORT = 'passed over: a mediate-check report, never checked as a meeting';

describe('folder search: only meetings are targets', () => {
  let work: string;
  beforeAll(() => {
    work = tempProject({
      'meetings/risky.yaml': risky,
      'meetings/ok.yaml': compliant,
      'meetings/teams.json': JSON.stringify({ joinWebUrl: 'https://teams.example/l/meetup-join/1', platform: 'teams' }),
      'package.json': readFileSync(path.join(ROOT, 'package.json')),
      'tsconfig.json': readFileSync(path.join(ROOT, 'tsconfig.json')),
      'package-lock.json': readFileSync(path.join(ROOT, 'package-lock.json')),
      'old/ignored.yaml': risky,
      'drafts/excluded.yaml': risky,
      'notes.yaml': 'title: minutes\nitems:\n  - one\n',
      '.mediate-checkignore': '# old sessions\nold/\n',
    });
    // The tool's own reports, written where a search will find them.
    expect(runCli(['meetings/ok.yaml', '-f', 'json', '-o', 'report.json'], { cwd: work }).code).toBe(0);
    expect(runCli(['meetings/ok.yaml', '-f', 'sarif', '-o', 'meetings/report.sarif.json'], { cwd: work }).code).toBe(0);
  });

  it('checks the meetings, and gives every other file a notice with its reason; the exit code is the meetings\'', () => {
    const r = runCli(['.', '--exclude', 'drafts/*.yaml', '-f', 'json'], { cwd: work });
    const json = report(r);
    expect(json.targets.map((t) => t.target)).toEqual(['meetings/ok.yaml', 'meetings/risky.yaml', 'meetings/teams.json']);
    // Folder walk notices come in the order the file system lists entries; the passed-over files in target order.
    expect([...json.problems].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { level: 'notice', path: 'drafts/excluded.yaml', message: 'passed over: excluded by --exclude (drafts/*.yaml)' },
      { level: 'notice', path: 'meetings/report.sarif.json', message: OWN_REPORT },
      { level: 'notice', path: 'notes.yaml', message: NOT_A_MEETING },
      { level: 'notice', path: 'old', message: 'passed over: excluded by .mediate-checkignore:2 (old/)' },
      { level: 'notice', path: 'package-lock.json', message: NOT_A_MEETING },
      { level: 'notice', path: 'package.json', message: NOT_A_MEETING },
      { level: 'notice', path: 'report.json', message: OWN_REPORT },
      { level: 'notice', path: 'tsconfig.json', message: NOT_A_MEETING },
    ]);
    // As for the meetings alone: the risky one fails.
    const alone = runCli(['meetings/ok.yaml', 'meetings/risky.yaml', 'meetings/teams.json', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(alone.code);
    expect(r.code).toBe(1);
    expect(json.summary.exitCode).toBe(1);
    expect(r.stderr).toContain('mediate-check: note: package.json: passed over: does not look like a meeting file');
  });

  it('exits 0 when the meetings pass, whatever the notices', () => {
    const r = runCli(['.', '--exclude', 'drafts/', '--exclude', 'risky.yaml', '--exclude', 'meetings/teams.json', '-f', 'json'], { cwd: work });
    expect(report(r).targets.map((t) => t.target)).toEqual(['meetings/ok.yaml']);
    expect(report(r).problems.filter((p) => p.level !== 'notice')).toEqual([]);
    expect(report(r).problems).toContainEqual({ level: 'notice', path: 'meetings/risky.yaml', message: 'passed over: excluded by --exclude (risky.yaml)' });
    expect(r.code).toBe(0);
  });

  it('checks a file named on the command line, whatever the ignore file, --exclude or its keys say', () => {
    const r = runCli(['old/ignored.yaml', 'drafts/excluded.yaml', 'package.json', '--exclude', 'drafts/', '-f', 'json'], { cwd: work });
    expect(report(r).targets.map((t) => t.target)).toEqual(['old/ignored.yaml', 'drafts/excluded.yaml', 'package.json']);
    expect(r.code).toBe(2); // package.json is not a valid meeting: an error when asked for by name
    // Named and also found by a search: still checked.
    const both = runCli(['.', 'package.json', '-f', 'json'], { cwd: work });
    expect(report(both).targets.map((t) => t.target)).toContain('package.json');
    expect(report(both).problems.map((p) => p.path)).not.toContain('package.json');
  });

  it('passes over what a glob matches in the same way', () => {
    const r = runCli(['*.json', '-f', 'json'], { cwd: work });
    // Nothing left to check: exit 2, and a report that says why each file was passed over and that the pattern led to nothing.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mediate-check: note: tsconfig.json: passed over: does not look like a meeting file');
    expect(report(r).targets).toEqual([]);
    expect(report(r).problems.filter((p) => p.level === 'error')).toEqual([
      { level: 'error', path: '*.json', message: 'no meeting file to check: every file it led to was passed over (see the notices)' },
    ]);
    expect(report(r).problems.filter((p) => p.level === 'notice').map((p) => p.path)).toContain('tsconfig.json');
    expect(report(r).summary.exitCode).toBe(2);
  });

  it('reports a pattern it cannot use in the ignore file as an error naming the file and line', () => {
    const bad = tempProject({ 'a.yaml': compliant, 'b/c.yaml': compliant, '.mediate-checkignore': 'b/\n!b/c.yaml\n[z-a]\n' });
    const r = runCli(['.', '-f', 'json'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(report(r).problems).toEqual([
      { level: 'error', path: '.mediate-checkignore', message: '.mediate-checkignore:2: a pattern starting with ! (re-including files) is not supported; name the file on the command line instead' },
      { level: 'error', path: '.mediate-checkignore', message: '.mediate-checkignore:3: not a valid glob: "**/[z-a]": the range z-a in [z-a] runs backwards' },
      { level: 'notice', path: 'b', message: 'passed over: excluded by .mediate-checkignore:1 (b/)' },
    ]);
  });

  it('reads the ignore file of the folder searched, its patterns relative to that folder', () => {
    const nested = tempProject({ 'sub/a.yaml': compliant, 'sub/x/b.yaml': risky, 'sub/.mediate-checkignore': '/x/b.yaml\n' });
    const r = runCli(['sub', '-f', 'json'], { cwd: nested });
    expect(report(r).targets.map((t) => t.target)).toEqual(['sub/a.yaml']);
    expect(report(r).problems).toEqual([{ level: 'notice', path: 'sub/x/b.yaml', message: 'passed over: excluded by sub/.mediate-checkignore:1 (/x/b.yaml)' }]);
    expect(r.code).toBe(0);
  });
});

describe('fix in a folder', () => {
  it('fixes the meetings and passes over package.json and a report, with notices', () => {
    const work = tempProject({ 'm/risky.yaml': risky, 'm/package.json': readFileSync(path.join(ROOT, 'package.json')) });
    expect(runCli(['m/risky.yaml', '-f', 'json', '-o', 'm/report.json'], { cwd: work }).code).toBe(1);
    const before = readFileSync(path.join(work, 'm/package.json'), 'utf8');
    const r = runCli(['fix', 'm', '--dry-run', '-f', 'json', '-o', 'fixed.json'], { cwd: work });
    const json = JSON.parse(readFileSync(path.join(work, 'fixed.json'), 'utf8')) as Report;
    expect(json.targets.map((t) => t.target)).toEqual(['m/risky.yaml']);
    expect([...json.problems].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { level: 'notice', path: 'm/package.json', message: NOT_A_MEETING },
      { level: 'notice', path: 'm/report.json', message: OWN_REPORT },
    ]);
    expect(r.stdout).toContain('+++ m/risky.yaml');
    expect(r.stdout).not.toContain('package.json');
    expect(readFileSync(path.join(work, 'm/package.json'), 'utf8')).toBe(before);
  });
});

describe('one file under two names', () => {
  // sl/current.yaml -> smith.yaml: one meeting, whatever names lead to it (checked twice, it failed unique-meeting-id against itself).
  const project = () => {
    const dir = tempProject({ 'sl/smith.yaml': compliant });
    symlinkSync('smith.yaml', path.join(dir, 'sl/current.yaml'));
    return dir;
  };
  const run = (args: string[], cwd: string) => {
    const r = runCli([...args, '-f', 'json'], { cwd });
    return { code: r.code, targets: report(r).targets.map((t) => t.target), problems: report(r).problems };
  };

  it('is one target, under its own name when that is given (fix edits only that), else the first; a notice for the other', () => {
    const dir = project();
    expect(run(['sl', 'sl/current.yaml'], dir)).toEqual({
      code: 0,
      targets: ['sl/smith.yaml'],
      problems: [{ level: 'notice', path: 'sl/current.yaml', message: 'a symbolic link to sl/smith.yaml, which is checked under its own name' }],
    });
    expect(run(['sl/smith.yaml', 'sl/current.yaml'], dir)).toEqual({
      code: 0,
      targets: ['sl/smith.yaml'],
      problems: [{ level: 'notice', path: 'sl/current.yaml', message: 'the same file as sl/smith.yaml, which is checked under that name' }],
    });
    // The link named first: the file's own name, found later, takes its place.
    expect(run(['sl/current.yaml', 'sl'], dir)).toEqual({
      code: 0,
      targets: ['sl/smith.yaml'],
      problems: [{ level: 'notice', path: 'sl/current.yaml', message: 'a symbolic link to sl/smith.yaml, which is checked under its own name' }],
    });
    expect(run(['sl/current.yaml', 'sl/smith.yaml'], dir)).toEqual({
      code: 0,
      targets: ['sl/smith.yaml'],
      problems: [{ level: 'notice', path: 'sl/current.yaml', message: 'the same file as sl/smith.yaml, which is checked under that name' }],
    });
    // The same name twice is one target and no notice, as before.
    expect(run(['sl/smith.yaml', 'sl/smith.yaml', 'sl/./smith.yaml'], dir)).toEqual({ code: 0, targets: ['sl/smith.yaml'], problems: [] });
  });

  it('is one target through a linked folder, and through two links', () => {
    const dir = project();
    symlinkSync('sl', path.join(dir, 'alias'));
    const r = run(['alias', 'sl'], dir);
    expect(r.code).toBe(0);
    expect(r.targets).toEqual(['sl/smith.yaml']);
    expect(r.problems).toEqual([
      { level: 'notice', path: 'alias/smith.yaml', message: 'the same file as sl/smith.yaml, which is checked under that name' },
      { level: 'notice', path: 'alias/current.yaml', message: 'a symbolic link to sl/smith.yaml, which is checked as sl/smith.yaml' },
      { level: 'notice', path: 'sl/current.yaml', message: 'a symbolic link to sl/smith.yaml, which is checked under its own name' },
    ]);
    // Two links to a file the search passes over (a hidden folder): the first name is checked, the other names it.
    const hidden = tempProject({ 'm/.drafts/d.yaml': compliant });
    symlinkSync('.drafts/d.yaml', path.join(hidden, 'm/b.yaml'));
    symlinkSync('.drafts/d.yaml', path.join(hidden, 'm/a.yaml'));
    const two = run(['m'], hidden);
    expect(two.targets).toEqual(['m/a.yaml']);
    expect(two.problems).toContainEqual({ level: 'notice', path: 'm/a.yaml', message: 'a symbolic link to m/.drafts/d.yaml; checked' });
    expect(two.problems).toContainEqual({ level: 'notice', path: 'm/b.yaml', message: 'a symbolic link to m/.drafts/d.yaml, which is checked as m/a.yaml' });
    expect(two.code).toBe(0);
  });

  it('is checked through a link a glob matches when the glob does not match the file it leads to', () => {
    const dir = project();
    const r = run(['sl/cur*.yaml'], dir);
    expect(r).toEqual({
      code: 0,
      targets: ['sl/current.yaml'],
      problems: [{ level: 'notice', path: 'sl/current.yaml', message: 'a symbolic link to sl/smith.yaml; checked' }],
    });
  });
});
