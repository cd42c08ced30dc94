// Where `export -o` writes, whatever ids the API returns: only inside the folder
// given, never through a symbolic link, with safe and unique names; one document's
// failure does not stop the others. Security review M2, M12 (export), L5.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync, STACK_TRACE, tempProject } from '../helpers/cli';
import { sampleAccount, type ZoomEmulator } from '../helpers/zoom-emulator';

let emulators: ZoomEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

async function withTemplates(ids: string[], extra: Record<string, unknown> = {}): Promise<ZoomEmulator> {
  const e = sampleAccount();
  const owner = e.users.get('owner')!;
  for (const id of ids) owner.templates.push({ id, name: `template ${id.length}`, settings: { in_meeting: { breakout_room: false } }, ...extra });
  await e.start();
  emulators.push(e);
  return e;
}

describe('export -o with hostile ids and planted links', () => {
  it('writes only inside the folder, refusing ids that are paths, and keeps names unique (M2)', async () => {
    const e = await withTemplates(['/../../../PWNED', '..', 'a\\b', 'x\u0000y', 'line\nbreak', 'Ok1', 'ok1', 'ü-1']);
    const root = tempProject();
    const out = path.join(root, 'a/b/out');
    const r = await runCliAsync(['export', '--templates', '-o', out], { env: e.env() });
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['template-Ok1.yaml', 'template-_-1.yaml', 'template-emuTpl001.yaml', 'template-ok1-2.yaml']);
    expect(readdirSync(root)).toEqual(['a']);
    expect(readdirSync(path.join(root, 'a'))).toEqual(['b']);
    expect(existsSync(path.join(root, 'PWNED.yaml'))).toBe(false);
    // ".." never reaches the writer: the request for it is a different path, which fails.
    for (const id of ['/../../../PWNED', 'a\\b', 'x\u0000y', 'line\nbreak']) {
      expect(r.stderr).toContain(`the id ${JSON.stringify(id)} cannot be part of a file name`);
    }
    expect(readFileSync(path.join(out, 'template-ok1-2.yaml'), 'utf8')).toContain('template_id: ok1');
  });

  it('never writes through a planted link, and writes the other documents (M12, L5)', async () => {
    const e = await withTemplates(['ok1', 'ok2']);
    const root = tempProject({ 'victim.txt': 'precious\n' });
    const out = path.join(root, 'out');
    mkdirSync(out);
    symlinkSync(path.join(root, 'victim.txt'), path.join(out, 'template-ok1.yaml'));
    const r = await runCliAsync(['export', '--templates', '-o', out], { env: e.env() });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(out, 'template-ok1.yaml')).isSymbolicLink()).toBe(true);
    expect(r.stderr).toContain(`template ok1: ${path.join(out, 'template-ok1.yaml')} is a symbolic link; not written through`);
    expect(readFileSync(path.join(out, 'template-ok2.yaml'), 'utf8')).toContain('template_id: ok2');
    expect(readFileSync(path.join(out, 'template-emuTpl001.yaml'), 'utf8')).toContain('template_id: emuTpl001');
  });

  it('refuses -o that is a link, for a folder or one file (M12)', async () => {
    const e = await withTemplates([]);
    const root = tempProject({ 'real/keep.txt': 'x', 'victim.yaml': 'precious\n' });
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    symlinkSync(path.join(root, 'victim.yaml'), path.join(root, 'one.yaml'));
    const folder = await runCliAsync(['export', '85746065432', '--templates', '-o', path.join(root, 'linked')], { env: e.env() });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a symbolic link; name the folder it leads to');
    expect(readdirSync(path.join(root, 'real'))).toEqual(['keep.txt']);
    const one = await runCliAsync(['export', '85746065432', '-o', path.join(root, 'one.yaml')], { env: e.env() });
    expect(one.code).toBe(2);
    expect(readFileSync(path.join(root, 'victim.yaml'), 'utf8')).toBe('precious\n');
  });

  it('writes to standard output for -o -, as for no -o, and makes no file named -', async () => {
    const e = await withTemplates([]);
    const root = tempProject();
    const r = await runCliAsync(['export', '85746065432', '-o', '-'], { env: e.env(), cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Exported from Zoom \(meeting 85746065432\)/);
    expect(r.stderr).toBe('');
    expect(readdirSync(root)).toEqual([]);
  });

  it('replaces an earlier export of the same file', async () => {
    const e = await withTemplates([]);
    const root = tempProject();
    const file = path.join(root, 'm.yaml');
    writeFileSync(file, 'old\n');
    const r = await runCliAsync(['export', '85746065432', '-o', file], { env: e.env() });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('# Exported from Zoom (meeting 85746065432)');
    expect(readdirSync(root)).toEqual(['m.yaml']); // no temporary file left behind
  });

  it('reports a document nested too deeply to write, and writes the others (L5)', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 3_000; i++) deep = [deep];
    const e = await withTemplates(['deep'], {});
    e.users.get('owner')!.templates.find((t) => t.id === 'deep')!.settings = { nested: deep };
    const out = path.join(tempProject(), 'out');
    const r = await runCliAsync(['export', '--templates', '-o', out], { env: e.env() });
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['template-emuTpl001.yaml']);
  });
});
