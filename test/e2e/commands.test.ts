// Mistyped commands, -v, and the notice for standard input on a terminal (trial items 21, 26).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdinNotice } from '../../src/commands/stdin-notice';
import { BIN, ROOT, runCli, tempProject } from '../helpers/cli';

describe('a mistyped command', () => {
  it.each([
    ['expalin', 'explain'],
    ['exlpain', 'explain'],
    ['rule', 'rules'],
    ['schemas', 'schema'],
    ['zom', 'zoom'],
  ])('%s gets "did you mean the command %s?" and exit 2', (typo, command) => {
    const r = runCli([typo, 'client-version'], { cwd: tempProject() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mediate-check: ${typo} is not a file or folder; did you mean the command "${command}"? (run \`mediate-check ${command} --help\`)\n`);
    expect(r.stdout).toBe('');
  });

  it('a real file or folder named like a typo is still checked', () => {
    const dir = tempProject({ 'rule/a.yaml': 'type: 2\npassword: "Kq8mZ2xw"\n' });
    writeFileSync(path.join(dir, 'expalin'), 'type: 2\n');
    const folder = runCli(['rule', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(folder.stdout).targets.map((t: { target: string }) => t.target)).toEqual(['rule/a.yaml']);
    const file = runCli(['expalin'], { cwd: dir });
    expect(file.stderr).not.toContain('did you mean');
  });

  it('a word near no command is still "no such file"', () => {
    const r = runCli(['meeting'], { cwd: tempProject() });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✖ error    meeting: no such file or folder\n');
    expect(r.stderr).not.toContain('did you mean');
  });
});

describe('-v', () => {
  it('prints the version, as -V and --version do', () => {
    const v = runCli(['-v']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCli(['-V']).stdout).toBe(v.stdout);
    expect(runCli(['--version']).stdout).toBe(v.stdout);
  });
});

describe('standard input on a terminal', () => {
  it('says how to end the input only when a person is typing', () => {
    expect(stdinNotice(true, 'linux')).toBe('reading a meeting from standard input; end with Ctrl-D');
    expect(stdinNotice(true, 'win32')).toBe('reading a meeting from standard input; end with Ctrl-Z then Enter');
    expect(stdinNotice(false, 'linux')).toBeUndefined();
  });

  it('piped input gets no notice', () => {
    const r = runCli(['-', '-f', 'json'], { input: 'type: 2\n' });
    expect(r.stderr).not.toContain('standard input');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('prints the notice on a real terminal, then reads until Ctrl-D', () => {
    const r = spawnSync('script', ['-qc', `'${process.execPath}' '${BIN}' - --no-color --fail-on never`, '/dev/null'], {
      cwd: ROOT,
      input: 'type: 2\n\u0004',
      encoding: 'utf8',
      timeout: 15_000,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.stdout).toContain('mediate-check: reading a meeting from standard input; end with Ctrl-D');
    expect(r.stdout).toContain('<stdin> · score');
  });
});
