// Files and folders from a pull request: links, loops, pipes, unreadable folders,
// over-long paths and undecodable names are checked or reported as problems of the
// run (exit 2), never skipped silently, and a search never leaves the folder given.
// Security review M11 and L3 (a)–(d).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const risky = readFileSync('fixtures/risky-meeting.yaml');
const compliant = readFileSync('fixtures/compliant-meeting.yaml');

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout) as { targets: { target: string; error: unknown }[] };
}
const names = (r: { stdout: string }) => json(r).targets.map((t) => t.target);

describe('folders and links', () => {
  it('does not follow a folder given that is a link out of the working folder (M11)', () => {
    const outside = tempProject({ 'config/sub/creds.yaml': risky });
    const work = tempProject({ 'ok.yaml': compliant });
    symlinkSync(outside, path.join(work, 'templates'));
    const r = runCli(['templates/', 'ok.yaml', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(names(r)).toEqual(['ok.yaml']);
    expect(r.stderr).toContain(`mediate-check: templates/: a symbolic link to ${outside}, outside the working folder; not followed`);
    expect(r.stdout).not.toContain('creds');
  });

  it('follows a link that stays inside the working folder, and a path given outside it', () => {
    const work = tempProject({ 'real/a.yaml': compliant });
    symlinkSync('real', path.join(work, 'alias'));
    expect(names(runCli(['alias', '-f', 'json'], { cwd: work }))).toEqual(['alias/a.yaml']);
    const outside = tempProject({ 'b.yaml': compliant });
    const r = runCli([outside, '-f', 'json'], { cwd: work });
    expect(r.code).toBe(0);
    expect(json(r).targets).toHaveLength(1);
  });

  it('checks a linked meeting file inside the folder, names where it leads, and reports one leading outside (L3 a)', () => {
    const outside = tempProject({ 'shared/risky.yaml': risky });
    const work = tempProject({ 'templates/ok.yaml': compliant, 'templates/.drafts/d.yaml': risky });
    symlinkSync(path.join(outside, 'shared/risky.yaml'), path.join(work, 'templates/out.yaml'));
    symlinkSync('.drafts/d.yaml', path.join(work, 'templates/draft.yaml'));
    symlinkSync('ok.yaml', path.join(work, 'templates/same.yaml'));
    const r = runCli(['templates', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(names(r)).toEqual(['templates/draft.yaml', 'templates/ok.yaml']);
    expect(r.stderr).toContain(`mediate-check: templates/out.yaml: a symbolic link to ${path.join(outside, 'shared/risky.yaml')}, outside the folder searched; not followed`);
    expect(r.stderr).toContain('mediate-check: note: templates/draft.yaml: a symbolic link to templates/.drafts/d.yaml; checked');
    expect(r.stderr).toContain('mediate-check: note: templates/same.yaml: a symbolic link to templates/ok.yaml, which is checked under its own name');
    expect(r.stderr).toContain('mediate-check: note: templates/.drafts: passed over: hidden folders and node_modules are not searched');
  });

  it('ends on link loops and does not follow links to folders', () => {
    const work = tempProject({ 'm/ok.yaml': compliant });
    symlinkSync('loop-b.yaml', path.join(work, 'm/loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(work, 'm/loop-b.yaml'));
    symlinkSync('..', path.join(work, 'm/up'));
    symlinkSync('.', path.join(work, 'm/self'));
    const r = runCli(['m', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(names(r)).toEqual(['m/ok.yaml']);
    expect(r.stderr).toContain('mediate-check: m/loop-a.yaml: a symbolic link that leads nowhere (symbolic links that loop); not read');
    expect(r.stderr).toContain('mediate-check: note: m/self: a symbolic link to the folder m; not followed (links to folders never are)');
    expect(r.stderr).toMatch(/mediate-check: m\/up: a symbolic link to .*, outside the folder searched; not followed/);
  });

  it('reports a named pipe in a folder or given by name, without waiting on it', () => {
    const work = tempProject({ 'p/ok.yaml': compliant });
    expect(spawnSync('mkfifo', [path.join(work, 'p/pipe.yaml')]).status).toBe(0);
    const r = runCli(['p', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(names(r)).toEqual(['p/ok.yaml']);
    expect(r.stderr).toContain('mediate-check: p/pipe.yaml: a named pipe (FIFO); not read');
    const given = runCli(['p/pipe.yaml', 'p/ok.yaml', '-f', 'json'], { cwd: work });
    expect(given.code).toBe(2);
    expect(given.stderr).toContain('mediate-check: p/pipe.yaml: a named pipe (FIFO), not a file or folder; not read');
    const device = runCli(['/dev/null', 'p/ok.yaml', '-f', 'json'], { cwd: work });
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('mediate-check: /dev/null: a device, not a file or folder; not read');
  });

  it('reports a sub-folder it cannot read (L3 b)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mediate-check-test-'));
    chmodSync(work, 0o755);
    mkdirSync(path.join(work, 't/locked'), { recursive: true });
    writeFileSync(path.join(work, 't/ok.yaml'), compliant);
    writeFileSync(path.join(work, 't/locked/risky.yaml'), risky);
    chmodSync(path.join(work, 't'), 0o755);
    chmodSync(path.join(work, 't/ok.yaml'), 0o644);
    chmodSync(path.join(work, 't/locked'), 0o000);
    // Root reads any folder: run as "nobody" where the test runs as root.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(asNobody[0]!, [...asNobody.slice(1), BIN, 't', '-f', 'json'], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    chmodSync(path.join(work, 't/locked'), 0o755);
    expect(r.stderr).toContain('mediate-check: t/locked: the folder could not be read (permission denied)');
    expect(r.status).toBe(2);
    expect(names(r)).toEqual(['t/ok.yaml']);
  });

  it('reports a meeting file nested past the system path limit (L3 c)', () => {
    const work = tempProject({ 'deep/ok.yaml': compliant });
    const segment = 'd'.repeat(200);
    // mkdir one level at a time from inside: the full path is too long for one call.
    const script = `cd deep && for i in $(seq 25); do mkdir ${segment} && cd ${segment}; done && cp ../../../ok.yaml ./risky.yaml 2>/dev/null || printf 'type: 1\\n' > risky.yaml`;
    expect(spawnSync('bash', ['-c', script], { cwd: work }).status).toBe(0);
    const r = runCli(['deep', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(names(r)).toEqual(['deep/ok.yaml']);
    expect(r.stderr).toMatch(/mediate-check: deep\/d{200}\/.*: the folder could not be read \(the path is longer than the system allows\)/);
  });

  it('does not read a file whose name is not UTF-8 under another file’s name (L3 d)', () => {
    const work = tempProject({ 'n/ok\uFFFD.yaml': compliant });
    writeFileSync(Buffer.concat([Buffer.from(path.join(work, 'n/ok')), Buffer.from([0xff]), Buffer.from('.yaml')]), risky);
    const r = runCli(['n', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(json(r).targets).toHaveLength(1);
    expect(r.stderr).toContain('mediate-check: n/ok\uFFFD.yaml: the name is not valid UTF-8, so it was not read; rename it');
  });

  it('makes a bad glob class a usage error, not an internal error (L6)', () => {
    const work = tempProject({ 'x/a.yaml': compliant });
    const r = runCli(['x/[z-a].yaml', 'x/a.yaml'], { cwd: work });
    expect(r.code).toBe(2);
    // The pretty report lists the run's problems itself (on stderr only for machine formats or -o).
    expect(r.stdout).toContain('x/[z-a].yaml: not a valid glob: "x/[z-a].yaml": the range z-a in [z-a] runs backwards');
    expect(r.stderr).not.toContain('internal error');
  });

  it('matches a command-line glob of many **/ quickly (M6)', () => {
    const deep = Array.from({ length: 27 }, (_, i) => `d${i}`).join('/');
    const work = tempProject({ [`${deep}/x.yaml`]: compliant, 'ok.yaml': compliant });
    const started = Date.now();
    const r = runCli(['**/'.repeat(12) + 'nomatch.yaml', 'ok.yaml'], { cwd: work });
    expect(Date.now() - started).toBeLessThan(10_000); // 31 s before; milliseconds now
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the pattern matches no meeting file');
  });
});
