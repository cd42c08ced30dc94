// A plain file check skips the commander program (src/cli-fast-path.ts); every
// other command line still gets the full program: help, commands, and commander's
// own errors, with their exit codes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli-fast-path';
import { runCli, tempProject } from '../helpers/cli';

const USAGE = '(run `mediate-check --help` for usage)';

describe('the command line', () => {
  it('--help and -h list every command', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mediate-check \[options\] \[command\] \[path\.\.\.\]\n/);
    const commands = help.stdout.slice(help.stdout.indexOf('\nCommands:\n'), help.stdout.indexOf('\nFolders:'));
    const listed = [...commands.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual([...COMMAND_NAMES]);
    expect(runCli(['-h']).stdout).toBe(help.stdout);
  });

  it('help is no command (the program has a default action): it is told how to ask for help', () => {
    for (const args of [['help'], ['help', 'zoom']]) {
      const r = runCli(args, { cwd: tempProject() });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('mediate-check: help is not a file or folder; for help, run `mediate-check --help`\n');
    }
  });

  it('a command\'s help is its own', () => {
    const zoom = runCli(['zoom', '--help']);
    expect(zoom.code).toBe(0);
    expect(zoom.stdout).toMatch(/^Usage: mediate-check zoom \[options\] \[meetingId\.\.\.\]\n/);
    expect(zoom.stdout).toContain('--all-users');
    expect(zoom.stdout).toContain('Credentials come from the environment: ZOOM_ACCOUNT_ID');
    expect(runCli(['zoom', '-h']).stdout).toBe(zoom.stdout);
  });

  it('no path: the usage, then the error, exit 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: mediate-check /);
    expect(r.stderr).toMatch(/\nmediate-check: give at least one meeting file, folder or glob \(or - for standard input\)\n$/);
  });

  it('a value commander refuses is its error, exit 2', () => {
    const format = runCli(['fixtures/compliant-meeting.yaml', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe(`mediate-check: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are pretty, json, sarif, junit, github, briefing.\n${USAGE}\n`);
    const size = runCli(['fixtures/compliant-meeting.yaml', '--max-file-size', '0']);
    expect(size.code).toBe(2);
    expect(size.stderr).toBe(`mediate-check: option '--max-file-size <bytes>' argument '0' is invalid. must be at least 1 byte\n${USAGE}\n`);
    const missing = runCli(['fixtures/compliant-meeting.yaml', '-o']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`mediate-check: option '-o, --output <file>' argument missing\n${USAGE}\n`);
  });

  it('an unknown option is an error with a suggestion, exit 2', () => {
    const r = runCli(['fixtures/compliant-meeting.yaml', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mediate-check: unknown option '--colour' (did you mean --color?)\n${USAGE}\n`);
    expect(r.stdout).toBe('');
  });

  it('a first word that names a command runs the command, even when a file has that name', () => {
    const dir = tempProject({ 'a.yaml': 'type: 2\n' });
    writeFileSync(path.join(dir, 'rules'), 'type: 2\n');
    const command = runCli(['rules', '-f', 'json'], { cwd: dir });
    expect(command.code).toBe(0);
    expect(JSON.parse(command.stdout).rules.length).toBeGreaterThan(9);
    // After a path, the same word is a path (here one without a meeting file's extension).
    const file = runCli(['a.yaml', 'rules', '-f', 'json', '--fail-on', 'never'], { cwd: dir });
    const report = JSON.parse(file.stdout);
    expect(report.targets.map((t: { target: string }) => t.target)).toEqual(['a.yaml']);
    expect(report.problems).toEqual([{ level: 'error', path: 'rules', message: 'not a meeting file (the name must end in .yaml, .yml or .json)' }]);
  });

  it('the fast path reads options as the program does', () => {
    const dir = tempProject({ 'a.yaml': 'type: 2\n', 'drafts/b.yaml': 'type: 2\n' });
    const r = runCli(['.', '--exclude', 'drafts/', '--format=json', '-o', '-', '--fail-on=never', '--no-color', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).targets.map((t: { target: string }) => t.target)).toEqual(['a.yaml']);
    expect(r.stderr).toBe('mediate-check: note: drafts: passed over: excluded by --exclude (drafts/)\n');
  });
});
