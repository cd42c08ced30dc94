// Teams and Webex meeting files through the built CLI: detection, verdicts per
// platform, a mixed folder of all three platforms in one report per format, and
// a file check of another platform loads no HTTP client.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const fixture = (name: string) => readFileSync(`${ROOT}fixtures/${name}`, 'utf8');
const statuses = (target: { checks: { rule: string; status: string }[] }) => Object.fromEntries(target.checks.map((c) => [c.rule, c.status]));

/** Sparse documents: each platform's decisions then have nothing to read. */
const SPARSE = {
  'teams-sparse.yaml': 'platform: teams\nsubject: Mediation\n',
  'webex-sparse.yaml': 'platform: webex\ntitle: Mediation\n',
};

function report(files: Record<string, string>, args: string[] = []) {
  const dir = tempProject(files);
  const r = runCli(['.', '--profile', 'current', '-f', 'json', ...args], { cwd: dir });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return { r, json: JSON.parse(r.stdout) as { targets: { target: string; platform: string; verdict: string; checks: { rule: string; status: string; pointer: string; line?: number; evidence?: unknown[] }[] }[] } };
}

describe('Teams and Webex files', () => {
  it('detects each platform and gives pass, fail and unknown for every rule that applies, from the fixtures', () => {
    const { r, json } = report({
      'teams-compliant.json': fixture('teams-compliant.json'),
      'teams-risky.yaml': fixture('teams-risky.yaml'),
      'webex-compliant.yaml': fixture('webex-compliant.yaml'),
      'webex-risky.json': fixture('webex-risky.json'),
      ...SPARSE,
    });
    expect(r.code).toBe(1);
    const by = Object.fromEntries(json.targets.map((t) => [t.target, t]));
    expect(Object.fromEntries(json.targets.map((t) => [t.target, [t.platform, t.verdict]]))).toEqual({
      'teams-compliant.json': ['teams', 'pass'],
      'teams-risky.yaml': ['teams', 'fail'],
      'teams-sparse.yaml': ['teams', 'incomplete'],
      'webex-compliant.yaml': ['webex', 'incomplete'],
      'webex-risky.json': ['webex', 'fail'],
      'webex-sparse.yaml': ['webex', 'incomplete'],
    });
    // Left out, not unknown: rules with no decision on the platform.
    const teamsRules = Object.keys(statuses(by['teams-compliant.json']!));
    expect(teamsRules).not.toContain('passcode-not-in-link');
    expect(teamsRules).toContain('client-version');
    expect(Object.keys(statuses(by['webex-compliant.yaml']!))).toContain('passcode-not-in-link');
    for (const platform of ['teams', 'webex'] as const) {
      const seen = new Map<string, Set<string>>();
      for (const t of json.targets.filter((t) => t.platform === platform)) for (const c of t.checks) (seen.get(c.rule) ?? seen.set(c.rule, new Set()).get(c.rule)!).add(c.status);
      // Webex cannot pass or fail these (no field in its REST meeting object), nor pass hosts-disclosed (invitation co-hosts are not in it),
      // nor fail passcode-required or dial-in-passcode from these files. No two of these files share a passcode
      // (passcode-not-shared fails only then: its table test and the mixed-folder test below cover it).
      const cannot: Record<string, string[]> =
        platform === 'webex'
          ? { 'end-to-end-encryption': ['pass', 'fail'], 'authenticated-participants': ['pass', 'fail'], 'no-automatic-copies': ['pass', 'fail'], 'hosts-disclosed': ['pass'], 'passcode-required': ['fail'], 'dial-in-passcode': ['fail'], 'passcode-not-shared': ['fail'] }
          : { 'end-to-end-encryption': ['fail'], 'invitation-kept-private': ['fail'], 'passcode-not-shared': ['fail'] };
      for (const [rule, got] of seen) {
        const expected = ['pass', 'fail', 'unknown'].filter((s) => !(cannot[rule] ?? []).includes(s));
        expect([...got].sort(), `${platform} ${rule}`).toEqual(expected.sort());
      }
    }
    // Pointers and lines are the platform document's own; a Teams policy fact is account-level evidence.
    const waiting = by['teams-risky.yaml']!.checks.find((c) => c.rule === 'waiting-room')!;
    expect([waiting.pointer, waiting.line]).toEqual(['/lobbyBypassSettings/scope', 9]);
    const anonymous = by['teams-risky.yaml']!.checks.find((c) => c.rule === 'authenticated-participants')!;
    expect(anonymous.evidence).toEqual([
      { pointer: '/meeting_policy/AllowAnonymousUsersToJoinMeeting', level: 'account', locked: true },
      { pointer: '/meeting_policy/AnonymousUserAuthenticationMethod', level: 'account', locked: true },
    ]);
  });

  it('reads unknownFutureValue as unknown, and refuses an enum value Graph does not have, naming file, line and key', () => {
    const { json } = report({ 'a.yaml': 'platform: teams\nlobbyBypassSettings:\n  scope: unknownFutureValue\n  isDialInBypassEnabled: false\n' });
    expect(statuses(json.targets[0]!)['waiting-room']).toBe('unknown');
    const dir = tempProject({ 'b.yaml': 'joinWebUrl: https://teams.microsoft.com/meet/1\nlobbyBypassSettings:\n  scope: anyone\n' });
    const r = runCli(['b.yaml', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.yaml:3:3: lobbyBypassSettings.scope: must be one of "organizer",');
    // A Teams document that does not validate is still reported as Teams.
    expect(JSON.parse(runCli(['b.yaml', '-f', 'json'], { cwd: dir }).stdout).targets[0]).toMatchObject({ platform: 'teams', verdict: 'error' });
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a platform it does not know, and accepts platform: zoom', () => {
    const dir = tempProject({ 'a.yaml': 'platform: skype\nid: 1\n', 'z.yaml': 'platform: zoom\ntype: 2\n' });
    const r = runCli(['a.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: a.yaml:1:1: platform must be zoom, teams or webex\n');
    const z = JSON.parse(runCli(['z.yaml', '-f', 'json'], { cwd: dir }).stdout);
    expect(z.targets[0].platform).toBe('zoom');
  });

  it('checks a mixed folder of Zoom, Teams and Webex files in one run, one report per format', () => {
    const dir = tempProject({
      'zoom.yaml': fixture('compliant-meeting.yaml'),
      'teams.json': fixture('teams-compliant.json'),
      'webex.yaml': fixture('webex-risky.json'),
    });
    const json = JSON.parse(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    expect(json.targets.map((t: { target: string; platform: string }) => [t.target, t.platform])).toEqual([
      ['teams.json', 'teams'],
      ['webex.yaml', 'webex'],
      ['zoom.yaml', 'zoom'],
    ]);
    // Profile proper-use: the Teams meeting's lobby fails no-waiting-room, as a Zoom waiting room would.
    expect(json.targets.map((t: { verdict: string }) => t.verdict)).toEqual(['fail', 'fail', 'pass']);
    expect(json.summary).toMatchObject({ targets: 3, failed: 2, passed: 1 });
    const sarif = JSON.parse(runCli(['.', '-f', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs).toHaveLength(1);
    expect(new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['teams.json', 'webex.yaml']));
    const junit = runCli(['.', '-f', 'junit'], { cwd: dir }).stdout;
    expect(junit.match(/<testsuites/g)).toHaveLength(1);
    for (const name of ['teams.json', 'webex.yaml', 'zoom.yaml']) expect(junit).toContain(`name="${name}"`);
    const github = runCli(['.', '-f', 'github'], { cwd: dir }).stdout;
    expect(github).toMatch(/^::error file=webex\.yaml,line=\d+/m);
    expect(github).toMatch(/^::error file=teams\.json,line=\d+/m);
    expect(github).not.toMatch(/file=zoom\.yaml/);
    const pretty = runCli(['.'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(pretty.code).toBe(1);
    for (const name of ['teams.json', 'webex.yaml', 'zoom.yaml']) expect(pretty.stdout).toContain(name);
  });

  it('fails a passcode two meetings of one platform share, and never compares across platforms', () => {
    const dir = tempProject({
      'a-teams.yaml': 'platform: teams\njoinMeetingIdSettings:\n  passcode: "Tq83nBz5"\n',
      'b-teams.yaml': 'platform: teams\njoinMeetingIdSettings:\n  passcode: "Tq83nBz5"\n',
      'c-webex.yaml': 'platform: webex\npassword: "Tq83nBz5"\n',
      'd-zoom.yaml': 'password: "Tq83nBz5"\n',
    });
    const r = runCli(['.', '-f', 'json', '--profile', 'current'], { cwd: dir });
    const shared = Object.fromEntries(
      JSON.parse(r.stdout).targets.map((t: { target: string; checks: { rule: string; status: string; message: string }[] }) => {
        const check = t.checks.find((c) => c.rule === 'passcode-not-shared')!;
        return [t.target, [check.status, check.message]];
      }),
    );
    expect(shared).toEqual({
      'a-teams.yaml': ['fail', 'The same passcode is used by b-teams.yaml.'],
      'b-teams.yaml': ['fail', 'The same passcode is used by a-teams.yaml.'],
      'c-webex.yaml': ['pass', 'No other meeting in this run uses the same passcode.'],
      'd-zoom.yaml': ['pass', 'No other meeting in this run uses the same passcode.'],
    });
    expect(r.stdout + r.stderr).not.toContain('Tq83n');
  });

  it('checks a Teams or Webex file without loading any HTTP client', () => {
    for (const file of ['fixtures/teams-compliant.json', 'fixtures/webex-risky.json']) {
      const r = spawnSync(process.execPath, ['--require', './test/helpers/record-requires.cjs', BIN, file], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
      expect(/required: (.*)/.exec(r.stderr)?.[1] ?? '').not.toContain('undici');
    }
  });
});
