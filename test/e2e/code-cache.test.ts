// The launcher's code cache is used only for the source it was made from: a pack
// changed after its cache was made, or a cache made for other code, runs the
// source as it is now. Each test works on a copy of the build.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT, tempProject } from '../helpers/cli';

function copyOfBuild(): string {
  const dir = tempProject();
  cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  return dir;
}

/** Runs the copy's launcher; its standard error ends with whether the pack ran from its code cache (see the preload). */
function check(dir: string, args: string[] = ['fixtures/compliant-meeting.yaml']) {
  return spawnSync(process.execPath, ['--require', path.join(ROOT, 'test/helpers/record-code-cache.cjs'), path.join(dir, 'bin/mediate-check.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', COLUMNS: '10000' },
    encoding: 'utf8',
  });
}

describe('code cache', () => {
  it('is used for the pack it was made from', () => {
    const dir = copyOfBuild();
    const r = check(dir);
    expect(r.stderr).toBe('code-cache: used\n');
    expect(r.stdout).toContain('· checks: 9 pass, 0 fail, 0 unknown');
    expect(r.status).toBe(0);
  });

  it('is not used for a pack changed after it was made, even at the same length', () => {
    const dir = copyOfBuild();
    const pack = path.join(dir, 'dist/cli.cjs');
    const text = readFileSync(pack, 'latin1');
    // The summary line of the pretty report, in the pack's ASCII escapes.
    const changed = text.replace('\\xB7 checks: ', '\\xB7 CHECKS: ');
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length); // V8 alone would take the stale cache for it
    writeFileSync(pack, changed, 'latin1');
    const later = statSync(path.join(dir, 'dist/cli.cache')).mtimeMs / 1000 + 10;
    utimesSync(pack, later, later);
    const r = check(dir);
    expect(r.stderr).toBe('code-cache: none\n');
    expect(r.stdout).toContain('· CHECKS: 9 pass, 0 fail, 0 unknown');
    expect(r.stdout).not.toContain('checks:');
    expect(r.status).toBe(0);
  });

  it('is refused when made for other code, and the check runs as usual', () => {
    const dir = copyOfBuild();
    writeFileSync(path.join(dir, 'dist/cli.cache'), new vm.Script('module.exports = 1 + 1;').createCachedData());
    const r = check(dir);
    expect(r.stderr).toBe('code-cache: rejected\n');
    expect(r.stdout).toContain('· checks: 9 pass, 0 fail, 0 unknown');
    expect(r.status).toBe(0);
  });

  it('is not needed: without caches every command still runs', () => {
    const dir = copyOfBuild();
    writeFileSync(path.join(dir, 'dist/cli.cache'), '');
    const r = check(dir);
    expect(r.stderr).toBe('code-cache: rejected\n');
    expect(r.stdout).toContain('· checks: 9 pass, 0 fail, 0 unknown');
    const rules = check(dir, ['rules', '-f', 'json']);
    expect(rules.status).toBe(0);
    expect(JSON.parse(rules.stdout).rules.map((rule: { id: string }) => rule.id)).toContain('no-waiting-room');
  });

  it('bin/ and dist/ alone (what the package ships) run the split-out commands', () => {
    const dir = copyOfBuild();
    // fix with its diff, the JSON Schema generator, a CI format: each a module outside the pack.
    const fix = check(dir, ['fix', '--dry-run', 'fixtures/risky-meeting.yaml']);
    expect(fix.stdout).toMatch(/^--- fixtures\/risky-meeting\.yaml\n\+\+\+ fixtures\/risky-meeting\.yaml\n/);
    const schema = check(dir, ['schema', 'meeting']);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).title).toBe('mediate-check meeting file');
    const sarif = check(dir, ['fixtures/risky-meeting.yaml', '-f', 'sarif']);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
  });
});
