// `mediate-check fix`: the built CLI rewrites meeting files in place (comments,
// order and layout kept; JSON stays JSON), shows a diff with --dry-run without
// touching the file, leaves a file that does not validate alone, never writes
// through a symbolic link, then reports as `mediate-check` would.
import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempProject } from '../helpers/cli';

const RISKY = `# Smith v. Jones: joint session (the firm's usual set-up)
id: 85746065432
type: 2
topic: "Mediation - Smith v. Jones"
password: "Hq8vT3kw9Z"    # placeholder passcode
settings:
  use_pmi: false
  waiting_room: false          # "people found it confusing"
  join_before_host: true       # lets the parties chat before
  auto_recording: cloud        # for the file
  auto_start_meeting_summary: true
  audio: voip
  continuous_meeting_chat:
    enable: false
  # kept as Zoom made it
  encryption_type: enhanced_encryption
host_settings:
  in_meeting:
    who_can_share_screen: all  # the host's own setting
    breakout_room: true
    auto_saving_chat: false
account_settings:
  recording:
    archive:
      enable: false
mediation:
  lock_after_join: true
`;

/** RISKY after `fix --profile current`: four values changed in their own places, one mapping added at the end of settings. */
const FIXED = `# Smith v. Jones: joint session (the firm's usual set-up)
id: 85746065432
type: 2
topic: "Mediation - Smith v. Jones"
password: "Hq8vT3kw9Z"    # placeholder passcode
settings:
  use_pmi: false
  waiting_room: true          # "people found it confusing"
  join_before_host: false       # lets the parties chat before
  auto_recording: none        # for the file
  auto_start_meeting_summary: false
  audio: voip
  continuous_meeting_chat:
    enable: false
  # kept as Zoom made it
  encryption_type: enhanced_encryption
  waiting_room_options:
    mode: custom
    who_goes_to_waiting_room: everyone
host_settings:
  in_meeting:
    who_can_share_screen: all  # the host's own setting
    breakout_room: true
    auto_saving_chat: false
account_settings:
  recording:
    archive:
      enable: false
mediation:
  lock_after_join: true
`;

const statuses = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout).targets[0].checks as { rule: string; status: string }[]).map((c) => [c.rule, c.status]));

/** `fix --dry-run` of one file, m.yaml, holding `text`. */
const dryRunOf = (text: string) => runCli(['fix', '--dry-run', 'm.yaml'], { cwd: tempProject({ 'm.yaml': text }) });

describe('mediate-check fix', () => {
  it('fixes a risky file in place: the expected text, comments kept, every fixable rule passing', () => {
    const dir = tempProject({ 'smith.yaml': RISKY });
    const file = path.join(dir, 'smith.yaml');
    chmodSync(file, 0o640);
    const r = runCli(['fix', '--profile', 'current', 'smith.yaml', '-f', 'json'], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['smith.yaml']); // no temporary file left
    const after = statuses(r.stdout);
    for (const rule of ['waiting-room', 'no-join-before-host', 'no-auto-recording', 'no-automatic-copies']) expect([rule, after[rule]]).toEqual([rule, 'pass']);
    // Fixes a person must make are printed and not written; the file still fails on them.
    expect(after['screen-share-host-only']).toBe('fail');
    expect(r.stderr).toContain(
      'mediate-check: smith.yaml: by hand (screen-share-host-only): Zoom web portal: Settings → Meeting → In Meeting (Basic) → Screen sharing → "Who can share?": Host Only\n',
    );
    expect(r.stderr).toContain(
      'mediate-check: smith.yaml: set settings.waiting_room: false → true (waiting-room); settings.waiting_room_options.mode: (not set) → custom (waiting-room); ' +
        'settings.waiting_room_options.who_goes_to_waiting_room: (not set) → everyone (waiting-room); settings.join_before_host: true → false (no-join-before-host); ' +
        'settings.auto_recording: cloud → none (no-auto-recording); settings.auto_start_meeting_summary: true → false (no-automatic-copies)\n',
    );
    expect(r.stdout + r.stderr).not.toContain('Hq8vT3kw9Z');
    // Exits as the check of the fixed file does: only warnings are left (screen sharing, a person's to change).
    expect(r.code).toBe(0);
    expect(runCli(['--profile', 'current', 'smith.yaml', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(runCli(['fix', '--profile', 'current', 'smith.yaml', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    // A second run has nothing left to write.
    const again = runCli(['fix', '--profile', 'current', 'smith.yaml', '-f', 'json'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(again.stderr).not.toContain(': set ');
  });

  it('--dry-run prints the unified diff and leaves the file byte-identical, mtime unchanged', () => {
    const dir = tempProject({ 'smith.yaml': RISKY });
    const file = path.join(dir, 'smith.yaml');
    const old = new Date('2026-01-02T03:04:05Z');
    utimesSync(file, old, old);
    const r = runCli(['fix', '--profile', 'current', '--dry-run', 'smith.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
    expect(statSync(file).mtimeMs).toBe(old.getTime());
    expect(r.stdout).toBe(
      [
        '--- smith.yaml',
        '+++ smith.yaml',
        '@@ -5,15 +5,18 @@',
        ' password: "[redacted]"',
        ' settings:',
        '   use_pmi: false',
        '-  waiting_room: false          # "people found it confusing"',
        '-  join_before_host: true       # lets the parties chat before',
        '-  auto_recording: cloud        # for the file',
        '-  auto_start_meeting_summary: true',
        '+  waiting_room: true          # "people found it confusing"',
        '+  join_before_host: false       # lets the parties chat before',
        '+  auto_recording: none        # for the file',
        '+  auto_start_meeting_summary: false',
        '   audio: voip',
        '   continuous_meeting_chat:',
        '     enable: false',
        '   # kept as Zoom made it',
        '   encryption_type: enhanced_encryption',
        '+  waiting_room_options:',
        '+    mode: custom',
        '+    who_goes_to_waiting_room: everyone',
        ' host_settings:',
        '   in_meeting:',
        "     who_can_share_screen: all  # the host's own setting",
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toContain('Hq8vT3kw9Z');
    expect(r.stderr).toContain('mediate-check: smith.yaml: would set settings.waiting_room: false → true (waiting-room);');
    expect(r.code).toBe(0); // as the check of the fixed file: only a warning (screen sharing) is left
  });

  it('keeps a JSON file JSON, with its indentation and key order', () => {
    const text = JSON.stringify({ id: 85746065432, type: 2, settings: { waiting_room: true, auto_recording: 'local' }, mediation: { lock_after_join: true } }, null, 4) + '\n';
    const dir = tempProject({ 'm.json': text });
    const r = runCli(['fix', 'm.json', '-f', 'json'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'm.json'), 'utf8');
    expect(fixed).toBe(text.replace('"waiting_room": true', '"waiting_room": false').replace('"auto_recording": "local"', '"auto_recording": "none"'));
    expect(JSON.parse(fixed).settings).toEqual({ waiting_room: false, auto_recording: 'none' });
    expect(statuses(r.stdout)).toMatchObject({ 'no-waiting-room': 'pass', 'no-auto-recording': 'pass' });
  });

  it('--dry-run never shows a passcode, even on a one-line JSON file', () => {
    const text = '{"id": 85746065432, "type": 2, "password": "Zq\\"8vT3kw", "pstn_password": "7302958164", "settings": {"waiting_room": true}}\n';
    const dir = tempProject({ 'one.json': text });
    const r = runCli(['fix', '--dry-run', 'one.json'], { cwd: dir });
    expect(r.stdout).toContain('+{"id": 85746065432, "type": 2, "password": [redacted], "pstn_password": [redacted], "settings": {"waiting_room": false}}\n');
    expect(r.stdout + r.stderr).not.toMatch(/8vT3kw|7302958164/);
    expect(readFileSync(path.join(dir, 'one.json'), 'utf8')).toBe(text);
  });

  it('--dry-run hides secret values, not the switches named after them: true and false stay readable', () => {
    const text = [
      'id: 85746065432',
      'type: 2',
      'password: "802611"',
      'settings:',
      '  waiting_room: true',
      '  mute_upon_entry: true',
      'host_settings:',
      '  schedule_meeting:',
      '    pstn_password_protected: true',
      '  meeting_security:',
      '    embed_password_in_join_link: false',
      '',
    ].join('\n');
    const r = dryRunOf(text);
    expect(r.stdout).toBe(
      [
        '--- m.yaml',
        '+++ m.yaml',
        '@@ -2,7 +2,7 @@',
        ' type: 2',
        ' password: "[redacted]"',
        ' settings:',
        '-  waiting_room: true',
        '+  waiting_room: false',
        '   mute_upon_entry: true',
        ' host_settings:',
        '   schedule_meeting:',
        '',
      ].join('\n'),
    );
    expect(r.stdout + r.stderr).not.toContain('802611');
  });

  it('--dry-run hides the passcode where the file repeats it, such as in the topic', () => {
    const text = ['id: 85746065432', 'type: 2', 'topic: "Doe v Roe (passcode Qm7tR2xZ)"', 'password: "Qm7tR2xZ"', 'settings:', '  waiting_room: true', ''].join('\n');
    const r = dryRunOf(text);
    expect(r.stdout).toContain(' topic: "Doe v Roe (passcode [redacted])"\n');
    expect(r.stdout + r.stderr).not.toContain('Qm7tR2xZ');
  });

  it('--dry-run hides every line of a passcode written over several lines, and the values of every secret-bearing key', () => {
    const text = ['id: 6589310093', 'type: 2', 'settings:', '  passwd: >-', '    Sek7', '    Rit9', '  auto_recording: cloud', ''].join('\n');
    const r = dryRunOf(text);
    expect(r.stdout).toBe(
      ['--- m.yaml', '+++ m.yaml', '@@ -4,4 +4,4 @@', '   passwd: "[redacted]"', '     [redacted]', '     [redacted]', '-  auto_recording: cloud', '+  auto_recording: none', ''].join('\n'),
    );
    expect(r.stdout + r.stderr).not.toMatch(/Sek7|Rit9/);
  });

  // A key the parser's messages take for secret (require_password_for_pmi_meetings) hides
  // its own value, by where it lies: the same word elsewhere in the diff stays as written.
  it.each(['none', 'all'])('--dry-run hides a secret by its place, not by its text: a setting of %s garbles no other line', (word) => {
    const text = [
      'id: 6589310093',
      'password: "Sek7Q',
      '  Rit9Z"',
      'settings:',
      '  pwd: "Qm7tR2xZ"',
      '  auto_recording: cloud',
      '  passwd: Qm7tR2xY # kept',
      '  tk: Qm7tR2xW',
      '  allow_multiple_devices: true',
      'host_settings:',
      '  schedule_meeting:',
      `    require_password_for_pmi_meetings: ${word}`,
      '',
    ].join('\n');
    const r = dryRunOf(text);
    expect(r.stdout).toBe(
      [
        '--- m.yaml',
        '+++ m.yaml',
        '@@ -3,7 +3,7 @@',
        '   [redacted]',
        ' settings:',
        '   pwd: "[redacted]"',
        '-  auto_recording: cloud',
        '+  auto_recording: none',
        '   passwd: "[redacted]"',
        '   tk: "[redacted]"',
        '   allow_multiple_devices: true',
        '',
      ].join('\n'),
    );
    expect(r.stdout + r.stderr).not.toMatch(/Sek7|Rit9|Qm7tR2x/);
  });

  it('adds a missing key to a JSON file in its own layout', () => {
    const text = '{\n  "id": 85746065432,\n  "type": 2,\n  "settings": {\n    "waiting_room": false\n  }\n}\n';
    const dir = tempProject({ 'm.json': text });
    runCli(['fix', '--profile', 'current', 'm.json', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'm.json'), 'utf8')).toBe(
      '{\n  "id": 85746065432,\n  "type": 2,\n  "settings": {\n    "waiting_room": true,\n    "waiting_room_options": {\n      "mode": "custom",\n      "who_goes_to_waiting_room": "everyone"\n    }\n  }\n}\n',
    );
  });

  it('leaves a file that does not validate untouched and reports it (exit 2); the other files are fixed', () => {
    const bad = 'settings:\n  waiting_room: maybe\n  auto_recording: cloud\n';
    const dir = tempProject({ 'bad.yaml': bad, 'good.yaml': 'type: 2\nsettings:\n  waiting_room: true\n' });
    const r = runCli(['fix', 'bad.yaml', 'good.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'bad.yaml'), 'utf8')).toBe(bad);
    expect(readFileSync(path.join(dir, 'good.yaml'), 'utf8')).toBe('type: 2\nsettings:\n  waiting_room: false\n');
    expect(r.stderr).toContain('mediate-check: bad.yaml:2:3: settings.waiting_room: must be true or false, not text\n');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // With --dry-run (no report on stdout), the located error is still said, once.
    const dry = runCli(['fix', '--dry-run', 'bad.yaml'], { cwd: dir });
    expect(dry.code).toBe(2);
    expect(dry.stdout).toBe('');
    expect(dry.stderr.match(/bad\.yaml:2:3: settings\.waiting_room: must be true or false, not text/g)).toHaveLength(1);
  });

  it('never writes through a symbolic link', () => {
    const text = 'type: 2\nsettings:\n  waiting_room: true\n';
    const dir = tempProject({ 'real.yaml': text });
    symlinkSync(path.join(dir, 'real.yaml'), path.join(dir, 'link.yaml'));
    const r = runCli(['fix', 'link.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'real.yaml'), 'utf8')).toBe(text);
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(r.stderr).toContain('link.yaml: is a symbolic link: checked, not fixed (name the file it points to)');
    expect(statuses(r.stdout)['no-waiting-room']).toBe('fail'); // still checked and reported
    // Named with the file it points to, in either order: one target, the file itself, fixed.
    const both = runCli(['fix', 'link.yaml', 'real.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(both.stdout).targets.map((t: { target: string }) => t.target)).toEqual(['real.yaml']);
    expect(readFileSync(path.join(dir, 'real.yaml'), 'utf8')).toBe(text.replace('waiting_room: true', 'waiting_room: false'));
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(both.stderr).toContain('mediate-check: note: link.yaml: the same file as real.yaml, which is checked under that name');
  });

  it('leaves a file it cannot edit safely as it is (settings through an alias), reported with exit 2', () => {
    const text = 'base: &b\n  waiting_room: true\ntype: 2\nsettings: *b\n';
    const dir = tempProject({ 'alias.yaml': text });
    const r = runCli(['fix', 'alias.yaml', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'alias.yaml'), 'utf8')).toBe(text);
    expect(r.stderr).toContain('mediate-check: alias.yaml: could not be fixed safely: left as it is\n');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
  });

  it('with no meeting file to fix, still reports the run (exit 2); --dry-run keeps standard output empty', () => {
    const dir = tempProject({});
    const r = runCli(['fix', 'missing.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ problems: [{ level: 'error', path: 'missing.yaml', message: 'no such file or folder' }], targets: [], summary: { exitCode: 2 } });
    const dry = runCli(['fix', '--dry-run', 'missing.yaml'], { cwd: dir });
    expect(dry.code).toBe(2);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toBe('mediate-check: missing.yaml: no such file or folder\n');
  });

  it('refuses standard input', () => {
    const r = runCli(['fix', '-'], { input: 'settings:\n  waiting_room: true\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: fix edits files in place: standard input (-) cannot be fixed\n');
  });

  it('never writes a passcode: a meeting without one stays without one', () => {
    const text = 'type: 2\nsettings:\n  waiting_room: true\n';
    const dir = tempProject({ 'm.yaml': text });
    const r = runCli(['fix', 'm.yaml', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'm.yaml'), 'utf8')).toBe('type: 2\nsettings:\n  waiting_room: false\n');
    expect(statuses(r.stdout)['passcode-required']).toBe('fail');
  });

  it('does not fix a waived check', () => {
    const text = 'type: 2\nsettings:\n  waiting_room: true\n  auto_recording: cloud\n';
    const policy = 'profile: proper-use\nwaivers:\n  - rule: no-auto-recording\n    reason: the parties agreed in writing\n    expires: 2099-01-01\n';
    const dir = tempProject({ 'm.yaml': text, '.mediate-check.yaml': policy });
    runCli(['fix', 'm.yaml', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'm.yaml'), 'utf8')).toBe('type: 2\nsettings:\n  waiting_room: false\n  auto_recording: cloud\n');
  });
});

