// The pretty report and `explain` fit the terminal: word-wrapped with a hanging
// indent, at COLUMNS, else the terminal's width, else 80 (a pipe, as here).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { BIN, ROOT, runCli, tempProject } from '../helpers/cli';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Columns a line takes: SGR colour codes take none, CJK and full-width forms two, everything else here one. */
function columns(line: string): number {
  let width = 0;
  for (const ch of line.replace(/\x1b\[[0-9;]*m/g, '')) {
    width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  }
  return width;
}

const widest = (text: string) => Math.max(...text.split('\n').map(columns));
const tooWide = (text: string, limit: number) => text.split('\n').filter((line) => columns(line) > limit);

/** '' leaves COLUMNS unset for the CLI (the helper's default is wide). */
const at = (cols: string, extra: Record<string, string> = {}) => ({ env: { COLUMNS: cols, ...extra } });

describe('pretty report width', () => {
  it.each([
    ['the risky fixture', ['fixtures/risky-meeting.yaml']],
    ['the risky fixture under current', ['--profile', 'current', 'fixtures/risky-meeting.yaml']],
    ['the current fixture', ['--profile', 'current', 'fixtures/current-meeting.yaml']],
    ['every fixture, proper-use', ['fixtures']],
  ])('%s: no line wider than 80 columns by default (not a terminal)', (_name, args) => {
    const r = runCli(args, at(''));
    expect(r.stdout.split('\n').length).toBeGreaterThan(3);
    expect(tooWide(r.stdout, 80)).toEqual([]);
  });

  it('wraps with a hanging indent under the message, and under the text of fix:', () => {
    const r = runCli(['fixtures/risky-meeting.yaml'], at('80'));
    const lines = r.stdout.split('\n');
    const row = lines.findIndex((l) => l.startsWith('  ✖ error    no-waiting-room'));
    const column = lines[row]!.indexOf('The waiting room is on');
    expect(column).toBe(35); // "  ✖ error    " + the longest id of proper-use (20) + 2
    // The message goes on under its first word, then "at" and "fix:" line up with it.
    expect(lines[row + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
    const fix = lines.findIndex((l, i) => i > row && l.trimStart().startsWith('fix: Zoom web portal:'));
    expect(lines[fix]!.indexOf('fix:')).toBe(column);
    expect(lines[fix + 1]).toMatch(new RegExp(`^ {${column + 5}}\\S`));
    // Words stay whole: every line but the last of the fix ends where a word ends.
    expect(lines[fix]).toMatch(/\S$/);
    expect(r.stdout).toContain('✔ passed   passcode-required\n');
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('respects COLUMNS, wide or narrow', () => {
    const wide = runCli(['fixtures/risky-meeting.yaml'], at('160'));
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(160);
    const narrow = runCli(['--profile', 'current', 'fixtures/risky-meeting.yaml'], at('50'));
    expect(tooWide(narrow.stdout, 50)).toEqual([]);
    // Too little room beside the rule ids: the message starts on its own line.
    expect(narrow.stdout).toMatch(/^ {2}✖ error {4}unique-meeting-id\n {6}The meeting runs on/m);
    // Nonsense is ignored, and a tiny width is raised to 40.
    expect(tooWide(runCli(['fixtures/risky-meeting.yaml'], at('wide')).stdout, 80)).toEqual([]);
    expect(tooWide(runCli(['fixtures/risky-meeting.yaml'], at('10')).stdout, 40)).toEqual([]);
  });

  it.skipIf(!hasScript)('on a terminal, wraps at its width, unless COLUMNS says otherwise', () => {
    const onTerminal = (cols: number, env = '') =>
      spawnSync('script', ['-qc', `stty cols ${cols}; ${env} '${process.execPath}' '${BIN}' fixtures/risky-meeting.yaml`, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      }).stdout.replace(/\r/g, '');
    const sixty = widest(onTerminal(60));
    expect(sixty).toBeLessThanOrEqual(60);
    expect(sixty).toBeGreaterThan(50);
    expect(widest(onTerminal(120))).toBeGreaterThan(80);
    expect(widest(onTerminal(120))).toBeLessThanOrEqual(120);
    const seventy = widest(onTerminal(120, 'COLUMNS=70'));
    expect(seventy).toBeLessThanOrEqual(70);
    expect(seventy).toBeGreaterThan(60);
  });

  it('wraps the list of passed rules', () => {
    const r = runCli(['--profile', 'current', 'fixtures/current-meeting.yaml'], at('80'));
    expect(r.stdout).toMatch(/^ {2}✔ passed {3}unique-meeting-id, passcode-required, .+\n {13}\S/m);
    expect(tooWide(r.stdout, 80)).toEqual([]);
  });

  it('counts wide characters as two columns, and colour codes as none', () => {
    const risky = readFileSync('fixtures/risky-meeting.yaml', 'utf8');
    const dir = tempProject({ 'm.yaml': risky.replace('name: J. Doe', `name: "${'調停人'.repeat(20)}"`) });
    for (const colour of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      const r = runCli(['m.yaml'], { cwd: dir, env: { COLUMNS: '80', ...colour } });
      expect(r.stdout).toContain('調停人');
      expect(tooWide(r.stdout, 80)).toEqual([]);
    }
  });

  it('starts no GitHub workflow command on a line, even where wrapping brings a `::` word to its start', () => {
    const meeting = 'id: 85746065432\ntype: 2\nsettings:\n  alternative_hosts: "aaaaaaaaaaaaa@b.c;::error::pwned@x.y"\n';
    const waiver = 'waivers:\n  - rule: hosts-disclosed\n    reason: "aaaaaaaaaaaaaaaaaaaa ::warning::Waiver approved by security team"\n';
    const commandLines = (text: string) => text.split('\n').filter((line) => /^\s*::/.test(line.replace(/\x1b\[[0-9;]*m/g, '')));
    for (const [files, shown] of [
      [{ 'w.yaml': meeting }, '\\x3a:error::pwned@x.y can host the meeting'],
      [{ 'w.yaml': meeting, '.mediate-check.yaml': waiver }, '\\x3a:warning::Waiver approved by security'],
    ] as const) {
      const dir = tempProject(files);
      for (const colour of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
        const r = runCli(['--profile', 'current', 'w.yaml'], { cwd: dir, env: { COLUMNS: '80', ...colour } });
        expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(new RegExp(`^ {41}${shown.replace(/\\/g, '\\\\')}`, 'm'));
        expect(commandLines(r.stdout)).toEqual([]);
        expect(commandLines(r.stderr)).toEqual([]);
      }
    }
  });

  it('colours unknown in magenta, readable on dark and light backgrounds (never blue)', () => {
    const r = runCli(['fixtures/risky-meeting.yaml'], at('80', { FORCE_COLOR: '1' }));
    expect(r.stdout).toContain('\x1b[35m?\x1b[39m \x1b[35munknown \x1b[39m');
    expect(r.stdout).not.toContain('\x1b[34m');
  });
});

describe('--quiet', () => {
  it('shows only failing checks, unreadable targets, error-level run problems and the summary', () => {
    const dir = tempProject({
      'risky.yaml': readFileSync('fixtures/risky-meeting.yaml', 'utf8'),
      'ok.yaml': readFileSync('fixtures/compliant-meeting.yaml', 'utf8'),
      'broken.yaml': 'type: [\n',
    });
    const r = runCli(['.', 'missing.yaml', '-q'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('risky.yaml · score 13/100 · FAIL');
    expect(r.stdout).toMatch(/✖ error +no-waiting-room/);
    expect(r.stdout).toContain('fix: Zoom web portal:');
    expect(r.stdout).toContain('broken.yaml · ERROR');
    expect(r.stdout).toMatch(/Run problems\n {2}✖ error {4}missing\.yaml/);
    expect(r.stdout).not.toContain('ok.yaml');
    expect(r.stdout).not.toContain('unknown ');
    expect(r.stdout).not.toContain('✔ passed');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 targets \(profile proper-use\): 1 failed, 1 errored, 0 incomplete, 1 passed, 1 run problem · checks:/);
    // Without -q the same run shows the unknown and the passes.
    const full = runCli(['.', 'missing.yaml'], { cwd: dir });
    expect(full.stdout).toContain('? unknown  lock-after-join');
    expect(full.stdout).toContain('ok.yaml · score 100/100 · PASS');
  });
});

describe('explain width', () => {
  it.each(allRules.map((r) => [r.id]))('explain %s fits 80 columns, paragraphs indented under their first word', (id) => {
    const r = runCli(['explain', id], at(''));
    expect(r.code).toBe(0);
    expect(tooWide(r.stdout, 80)).toEqual([]);
    const lines = r.stdout.split('\n');
    const fix = lines.indexOf('How to fix a failure');
    expect(lines[fix + 1]).toMatch(/^ {2}(Zoom web portal|In the meeting|Not a Zoom setting)/);
    expect(lines[fix + 2]).toMatch(/^( {2}\S|$)/);
  });
});
