// `mediate-check init`: a starter that validates, never overwrites, and asks at a terminal (trial item 30).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shouldAsk } from '../../src/commands/init-meeting';
import { starterText, yamlQuote } from '../../src/init/starter';
import { parseMeeting } from '../../src/load/parse-meeting';
import { BIN, runCli, tempProject } from '../helpers/cli';

/** The starter with every example fact uncommented, as a user who fills in everything would. */
function uncommented(text: string): string {
  const [head, body] = text.split('# ── The meeting itself');
  const lines = body!.replace('  participants: []\n', '').split('\n');
  return head + '# ── The meeting itself' + lines.map((line) => line.replace(/^(\s*)# ((?:\s*)(?:[a-z_]+:|- |#).*)$/, '$1$2')).join('\n');
}

describe('mediate-check init', () => {
  it('writes a starter that a first check reads without a validation error, listing only facts to add', () => {
    const dir = tempProject();
    const init = runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');
    expect(init.stderr).toContain('wrote meeting.yaml');
    const check = runCli(['meeting.yaml', '-f', 'json'], { cwd: dir });
    expect([0, 1]).toContain(check.code);
    const report = JSON.parse(check.stdout);
    expect(report.targets[0].error).toBeNull();
    // Nothing is claimed that the user has not checked: no check passes on the starter alone.
    const statuses = report.targets[0].checks.map((c: { rule: string; status: string }) => `${c.rule}: ${c.status}`);
    expect(statuses.filter((s: string) => s.endsWith(': pass'))).toEqual([]);
    expect(statuses).toContain('passcode-required: fail');
    expect(statuses).toContain('no-waiting-room: unknown');
    // The same holds for the pretty report a newcomer reads.
    const pretty = runCli(['meeting.yaml'], { cwd: dir });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain('0 errored');
  });

  it('explains every key with where to find it in Zoom', () => {
    const text = starterText('meeting.yaml');
    for (const key of ['use_pmi', 'waiting_room', 'auto_recording', 'embed_password_in_join_link', 'show_a_join_from_your_browser_link', 'lock_after_join', 'minimum_version', 'participants', 'agreement']) {
      expect(text).toContain(`${key}:`);
    }
    expect(text).toContain('Security → Waiting Room');
    expect(text).toContain('Settings → Meeting → Security → "Embed passcode in invite link');
    expect(text).toContain('Security →\n  # Lock Meeting');
  });

  it('validates with every example fact filled in, too', () => {
    const full = uncommented(starterText('meeting.yaml'));
    expect(full).toContain('\nsettings:\n');
    expect(full).toContain('\n  agreement:\n    platform_risks_acknowledged: true');
    const result = parseMeeting(full);
    expect(result.ok ? 'ok' : result.error.problems ?? result.error).toBe('ok');
  });

  it('writes the answers as they were typed, whatever the characters', () => {
    const names = ['J. "Jay" Doe', 'Back\\slash: #not-a-comment', 'Ünïcødé 名前', 'new\nline\ttab\u0085\u2028', "it's"];
    const text = starterText('meeting.yaml', {
      participants: names.map((name, i) => ({ name, role: 'party', network: i === 0 ? 'public' : 'private', ...(i === 1 ? { email: 'b@example.com' } : {}) })),
      agreement: { platform_risks_acknowledged: true, attendees_disclosed: false },
    });
    const result = parseMeeting(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.mediation?.participants?.map((p) => p.name)).toEqual(names);
    expect(result.value.mediation?.participants?.[1]?.email).toBe('b@example.com');
    expect(result.value.mediation?.agreement).toEqual({ platform_risks_acknowledged: true, attendees_disclosed: false });
    expect(yamlQuote('a"b\\c\u0007')).toBe('"a\\"b\\\\c\\u0007"');
  });

  it('refuses to overwrite a file, and never follows a symlink', () => {
    const dir = tempProject({ 'meeting.yaml': 'topic: mine\n', 'target.yaml': 'topic: other\n' });
    const again = runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('mediate-check: meeting.yaml already exists; init never overwrites a file: give another name (mediate-check init other.yaml) or move it away\n');
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toBe('topic: mine\n');

    symlinkSync(path.join(dir, 'target.yaml'), path.join(dir, 'link.yaml'));
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
    expect(runCli(['init', 'link.yaml'], { cwd: dir }).code).toBe(2);
    expect(runCli(['init', 'dangling.yaml'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(path.join(dir, 'target.yaml'), 'utf8')).toBe('topic: other\n');
    expect(existsSync(path.join(dir, 'nowhere.yaml'))).toBe(false);
    expect(lstatSync(path.join(dir, 'dangling.yaml')).isSymbolicLink()).toBe(true);
  });

  it('says plainly when the folder does not exist', () => {
    const r = runCli(['init', 'no/such/folder/m.yaml'], { cwd: tempProject() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: cannot write no/such/folder/m.yaml: its folder does not exist\n');
  });

  it('writes to standard output with -', () => {
    const r = runCli(['init', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(starterText('-'));
  });

  it('asks only a person at a terminal, and not with --yes', () => {
    expect(shouldAsk({}, true, true, 'meeting.yaml')).toBe(true);
    expect(shouldAsk({ yes: true }, true, true, 'meeting.yaml')).toBe(false);
    expect(shouldAsk({}, false, true, 'meeting.yaml')).toBe(false);
    expect(shouldAsk({}, true, false, 'meeting.yaml')).toBe(false);
    expect(shouldAsk({}, true, true, '-')).toBe(false);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('asks for the participants and the agreement on a real terminal', async () => {
    const dir = tempProject();
    const child = spawn('script', ['-qc', `stty cols 100 rows 40; '${process.execPath}' '${BIN}' init m.yaml`, '/dev/null'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    });
    let seen = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (seen += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const plain = () => seen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    const up = '\u001b[A';
    const down = '\u001b[B';
    const steps: [string, string][] = [
      ['Fill in the participants', '\r'],
      ['Participant 1: name', 'J. Doe\r'],
      ['J. Doe: role', '\r'], // party
      ['J. Doe: joins from', `${up}${up}${up}\r`], // from unknown up to private
      ['J. Doe: email', 'j@example.com\r'],
      ['Participant 2: name', 'K. Roe\r'],
      ['K. Roe: role', `${down}\r`], // counsel
      ['K. Roe: joins from', `${up}\r`], // public
      ['K. Roe: email', '\r'],
      ['Participant 3: name', '\r'],
      ['accept the risks', `${down}\r`], // yes
      ['named in advance', `${up}${up}\r`], // yes
      ['nobody records', `${up}\r`], // no
      ['heard by everyone', '\r'], // not known
      ['private caucus', '\r'], // not known
    ];
    for (const [prompt, keys] of steps) {
      const started = Date.now();
      while (!plain().includes(prompt)) {
        if (Date.now() - started > 10_000) throw new Error(`no prompt "${prompt}"; saw: ${plain().slice(-300)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      seen = '';
      child.stdin.write(keys);
    }
    expect(await closed).toBe(0);
    const result = parseMeeting(readFileSync(path.join(dir, 'm.yaml'), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.mediation).toEqual({
      participants: [
        { name: 'J. Doe', role: 'party', network: 'private', email: 'j@example.com' },
        { name: 'K. Roe', role: 'counsel', network: 'public' },
      ],
      agreement: { platform_risks_acknowledged: true, attendees_disclosed: true, no_recording_without_consent: false },
    });
    // The check then knows who joins from where.
    const check = JSON.parse(runCli(['m.yaml', '-f', 'json'], { cwd: dir }).stdout);
    expect(check.targets[0].checks.find((c: { rule: string }) => c.rule === 'private-network').status).toBe('fail');
  }, 60_000);

  it('is listed among the commands, and a typo of it is caught', () => {
    expect(runCli(['--help']).stdout).toContain('init [options] [file]');
    const typo = runCli(['inti'], { cwd: tempProject() });
    expect(typo.stderr).toContain('did you mean the command "init"?');
  });
});

