// A policy can come from a pull request or a parent folder (security review M4):
// what it takes away from a run is always said, and a run it emptied never passes.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli';

const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
const PROPER_USE = [
  'unique-meeting-id', 'passcode-required', 'passcode-not-in-link', 'no-waiting-room', 'lock-after-join',
  'private-network', 'client-version', 'no-auto-recording', 'agreement-clauses',
];
const ALL_OFF = `rules:\n${PROPER_USE.map((id) => `  ${id}: off`).join('\n')}\n`;

describe('a policy that empties the run', () => {
  it('turns every rule off: INCOMPLETE, not PASS, with a warning naming the rules', () => {
    const dir = tempProject({ 'templates/risky.yaml': RISKY, '.mediate-check.yaml': ALL_OFF });
    const r = runCli(['templates', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.targets[0]).toMatchObject({ verdict: 'incomplete', score: null, checks: [] });
    const warning = `.mediate-check.yaml turns off 9 rules of the profile: ${PROPER_USE.join(', ')}; those checks are not made`;
    expect(report.warnings).toContain(warning);
    expect(r.stderr).toContain(`mediate-check: ${warning}\n`);
    // Under --fail-on unknown, a target nothing was decided for fails the build.
    expect(runCli(['templates', '--fail-on', 'unknown'], { cwd: dir }).code).toBe(1);
    const pretty = runCli(['templates'], { cwd: dir });
    expect(pretty.stdout).toContain('templates/risky.yaml · INCOMPLETE');
  });

  it('says that a waiver with no target waives its rule for every target', () => {
    const policy = 'waivers:\n  - rule: no-auto-recording\n    reason: "we record with consent"\n';
    const dir = tempProject({ 'm.yaml': RISKY, '.mediate-check.yaml': policy });
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).warnings).toContain(
      'waiver 1 (line 2: no-auto-recording) in .mediate-check.yaml names no target: it waives no-auto-recording for every target',
    );
  });

  it('says the same of a waiver whose glob matches every name, and nothing of a narrower one', () => {
    const warned = (target: string) => {
      const policy = `waivers:\n  - rule: no-auto-recording\n    target: "${target}"\n    reason: "we record with consent"\n`;
      const dir = tempProject({ 'm.yaml': RISKY, '.mediate-check.yaml': policy });
      const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
      return (JSON.parse(r.stdout).warnings as string[]).filter((w) => w.includes('every'));
    };
    for (const target of ['**', '**/*', '**/**/*', '**/**']) {
      expect(warned(target), target).toEqual([
        `waiver 1 (line 2: no-auto-recording on "${target}") in .mediate-check.yaml matches every name: it waives no-auto-recording for every target but files outside the policy file's folder`,
      ]);
    }
    for (const target of ['*', '*.yaml', '**/*.yaml', '*/**', 'm.yaml']) expect(warned(target), target).toEqual([]);
  });

  it('never picks up a policy above the git repository it runs in', () => {
    const dir = tempProject({ 'repo/m.yaml': RISKY, '.mediate-check.yaml': ALL_OFF });
    mkdirSync(path.join(dir, 'repo/.git'));
    const inRepo = runCli(['m.yaml', '-f', 'json'], { cwd: path.join(dir, 'repo') });
    expect(inRepo.code).toBe(1);
    expect(JSON.parse(inRepo.stdout).policy).toBeNull();
    // Outside any repository the nearest parent's policy still applies (and says so).
    const plain = tempProject({ 'sub/m.yaml': RISKY, '.mediate-check.yaml': ALL_OFF });
    const r = runCli(['m.yaml', '-f', 'json'], { cwd: path.join(plain, 'sub') });
    expect(JSON.parse(r.stdout).policy.path).toBe(path.join('..', '.mediate-check.yaml'));
  });
});
