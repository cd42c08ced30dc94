// A policy file from a pull request: a link to a device, a huge file, a glob that
// backtracks or cannot be compiled. Each is a configuration error naming the file
// (exit 2) or works in linear time; none hangs or crashes.
// Security review M6 (waivers), M7, L6 (waivers).
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
const COMPLIANT = readFileSync('fixtures/compliant-meeting.yaml', 'utf8');

describe('a hostile policy file', () => {
  it('refuses a policy that is a link to a device, at once (M7)', () => {
    const dir = tempProject({ 'm.yaml': COMPLIANT });
    symlinkSync('/dev/zero', path.join(dir, '.mediate-check.yaml'));
    const started = Date.now();
    const r = runCli(['m.yaml'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: bad policy file: .mediate-check.yaml is not a regular file\n');
  });

  it('refuses a policy named by -c that is a folder, or a link that leads nowhere', () => {
    const dir = tempProject({ 'm.yaml': COMPLIANT, 'folder/x': '' });
    expect(runCli(['m.yaml', '-c', 'folder'], { cwd: dir }).stderr).toBe('mediate-check: bad policy file: folder is not a regular file\n');
    symlinkSync('nowhere.yaml', path.join(dir, '.mediate-check.yaml'));
    const r = runCli(['m.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: cannot read the policy file .mediate-check.yaml: it does not exist (ENOENT)\n');
  });

  it('refuses a policy larger than 1 MiB before parsing it (M7)', () => {
    const dir = tempProject({ 'm.yaml': COMPLIANT, '.mediate-check.yaml': `profile: proper-use\n# ${'x'.repeat(1024 * 1024)}\n` });
    const r = runCli(['m.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: bad policy file: .mediate-check.yaml is larger than 1048576 bytes (1 MiB)\n');
  });

  it('makes a bad glob class a located configuration error (L6)', () => {
    const policy = 'waivers:\n  - rule: passcode-required\n    target: "[z-a]"\n    reason: x\n';
    const dir = tempProject({ '.mediate-check.yaml': policy, 'm.yaml': COMPLIANT });
    const r = runCli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: bad policy file: .mediate-check.yaml:3:5: waiver 1, target: not a valid glob: "[z-a]": the range z-a in [z-a] runs backwards\n');
    expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
  });

  it('refuses a __proto__ key under rules like any unknown rule id, not as a silent no-op', () => {
    // Converted to JavaScript, `__proto__` becomes the record's prototype rather than one of its keys.
    for (const entry of ['off', '\n    severity: off']) {
      const dir = tempProject({ '.mediate-check.yaml': `rules:\n  __proto__: ${entry}\n`, 'm.yaml': RISKY });
      const r = runCli(['m.yaml', '-f', 'json'], { cwd: dir });
      expect(r.code, entry).toBe(2);
      expect(r.stdout, entry).toBe('');
      expect(r.stderr, entry).toBe('mediate-check: bad policy file: .mediate-check.yaml:2:3: rules.__proto__: unknown rule "__proto__" (see `mediate-check rules`)\n');
    }
  });

  it('matches a waiver glob that would backtrack in linear time (M6)', () => {
    const name = 'a'.repeat(200) + '.yaml';
    const policy = 'waivers:\n  - rule: no-waiting-room\n    target: "*a*a*a*a*a*a*a*X"\n    reason: x\n';
    const dir = tempProject({ '.mediate-check.yaml': policy, [name]: RISKY, [`b${name}`]: RISKY });
    const started = Date.now();
    const r = runCli(['.', '-f', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000); // over 120 s per target before
    expect(r.code).toBe(1);
    const statuses = JSON.parse(r.stdout).targets.map((t: { checks: { rule: string; status: string }[] }) => t.checks.find((c) => c.rule === 'no-waiting-room')!.status);
    expect(statuses).toEqual(['fail', 'fail']);
    writeFileSync(path.join(dir, '.mediate-check.yaml'), policy.replace('*a*a*a*a*a*a*a*X', 'a*a*a*.yaml'));
    const waived = JSON.parse(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    expect(waived.targets.map((t: { target: string; checks: { rule: string; status: string }[] }) => [t.target, t.checks.find((c) => c.rule === 'no-waiting-room')!.status])).toEqual([
      [name, 'waived'],
      [`b${name}`, 'fail'],
    ]);
  });
});
