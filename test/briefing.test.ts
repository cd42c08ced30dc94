// --format briefing: what each participant must do, as Markdown or HTML, with no secret in it (trial item 30, issue item 6).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlText, markdownText } from '../src/report/format-briefing';
import { runCli, tempProject } from './helpers/cli';

/** No run of 5 characters of `secret` appears in `text` (the contract's "any part"). */
function expectNoPartOf(secret: string, text: string): void {
  for (let i = 0; i + 5 <= secret.length; i++) expect(text, secret.slice(i, i + 5)).not.toContain(secret.slice(i, i + 5));
}

const MEETING = `id: 85746065432
type: 2
topic: "Smith v. Jones"
password: "Zq7Wx9RtK2"
join_url: https://example.zoom.us/j/85746065432?pwd=Hk3mQ8vLp2Xc
settings:
  waiting_room: false
  auto_recording: none
host_settings:
  meeting_security:
    embed_password_in_join_link: true
mediation:
  client:
    minimum_version: "6.4.0"
    browser_join: false
  participants:
    - name: "A. Smith"
      role: party
      network: private
    - name: "B. Jones"
      role: counsel
      network: public
    - name: "C. Lee"
      role: observer
  agreement:
    platform_risks_acknowledged: true
    attendees_disclosed: true
    no_recording_without_consent: true
    communications_heard_by_all: true
    private_caucus_carve_out: true
`;

describe('--format briefing', () => {
  it('turns a meeting into what each participant must do, in Markdown', () => {
    const dir = tempProject({ 'm.yaml': MEETING });
    const r = runCli(['m.yaml', '-f', 'briefing'], { cwd: dir });
    expect(r.code).toBe(1); // the exit code is the check's, whatever the format
    const md = r.stdout;
    expect(md).toMatch(/^# Before the session: Smith v\. Jones\n/);
    expect(md).toContain('- Install the Zoom desktop app, version 6.4.0 or later, and join with it');
    expect(md).toContain('- Do not join from a web browser');
    expect(md).toContain('- Join from a private network (at home or at the office) or through a VPN');
    expect(md).toContain('- Keep the invitation link and the passcode apart and private');
    expect(md).toContain('- The invitation link may carry the passcode inside it');
    expect(md).toContain('| name | role |\n| --- | --- |\n| A. Smith | party |\n| B. Jones | counsel |\n| C. Lee | observer |\n');
    expect(md).toContain('- Recording: nobody may record any part of the session');
    expect(md).toContain('- The meeting is set not to record itself.');
    expect(md).toContain('- Private caucus: the mediator may meet each side alone in a breakout room');
    expect(md).toContain('## Still to settle before the session\n\n- B. Jones: you are listed as joining from a public network.');
    expect(md).toContain('- C. Lee: please tell the mediator which network you will join from.');
  });

  it('holds no passcode, link, token or meeting id, in either form', () => {
    const dir = tempProject({ 'm.yaml': MEETING });
    const md = runCli(['m.yaml', '-f', 'briefing'], { cwd: dir }).stdout;
    expect(runCli(['m.yaml', '-f', 'briefing', '-o', 'b.html'], { cwd: dir }).stdout).toBe('');
    const page = readFileSync(path.join(dir, 'b.html'), 'utf8');
    for (const text of [md, page]) {
      expectNoPartOf('Zq7Wx9RtK2', text);
      expectNoPartOf('Hk3mQ8vLp2Xc', text);
      expect(text).not.toContain('85746065432');
      expect(text).not.toContain('zoom.us/j');
    }
  });

  it('writes one HTML page for -o *.html, with every input text escaped', () => {
    const hostile = MEETING.replace('"Smith v. Jones"', '"<script>alert(1)</script> & <img src=x onerror=y>"').replace('"A. Smith"', '"<b onclick=\\"x\\">A</b>\'"');
    const dir = tempProject({ 'm.yaml': hostile });
    runCli(['m.yaml', '-f', 'briefing', '-o', 'brief.HTM'], { cwd: dir });
    const page = readFileSync(path.join(dir, 'brief.HTM'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(page).toContain('<h1>Before the session: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;</h1>');
    expect(page).toContain('<td>&lt;b onclick=&quot;x&quot;&gt;A&lt;/b&gt;&#39;</td>');
    expect(page).not.toMatch(/<script|<img|<b /);
    // Markdown for any other -o name.
    runCli(['m.yaml', '-f', 'briefing', '-o', 'brief.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'brief.md'), 'utf8')).toMatch(/^# Before the session: /);
  });

  it('escapes Markdown in names and topics', () => {
    expect(markdownText('[click](http://evil.example) *bold* `code` <b> | pipe & www.x.org')).toBe(
      '\\[click\\](http\\://evil.example) \\*bold\\* \\`code\\` \\<b\\> \\| pipe \\& www\\.x.org',
    );
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('two\nlines\u0007\u001b[31m')).toBe('two lines\ufffd\ufffd\\[31m');
    expect(htmlText('a\u0085b')).toBe('a\ufffdb');
  });

  it('keeps bidi embeddings, overrides and isolates out, as every other format does', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(markdownText(`A. Smith${bidi}txt.exe`)).toBe(`A. Smith${'\ufffd'.repeat(9)}txt.exe`);
    expect(htmlText(`A. Smith${bidi}txt.exe`)).toBe(`A. Smith${'\ufffd'.repeat(9)}txt.exe`);
    expect(markdownText('tab\tkept')).toBe('tab\tkept');
  });

  it('says what is not known yet instead of guessing', () => {
    const dir = tempProject({ 'm.yaml': 'type: 2\ntopic: x\n' });
    const md = runCli(['m.yaml', '-f', 'briefing'], { cwd: dir }).stdout;
    expect(md).toContain('- Install the latest Zoom desktop app and join with it');
    expect(md).toContain('The participants have not been listed yet: ask the mediator who will attend.');
    expect(md).toContain('- Recording: what the agreement says about recording is not known yet');
    expect(md).toContain('- Private caucus: whether the agreement provides for private meetings (breakout rooms) is not known yet.');
  });

  it('briefs every meeting of a run, and names one that could not be read', () => {
    const dir = tempProject({ 'a.yaml': MEETING, 'b.yaml': 'type: "2"\npassword: "Zq7Wx9RtK2"\n' });
    const r = runCli(['a.yaml', 'b.yaml', '-f', 'briefing'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n---\n').length).toBe(2);
    expect(r.stdout).toContain('No briefing: b.yaml could not be checked (type: must be a number, not text: remove the quotes).');
    expectNoPartOf('Zq7Wx9RtK2', r.stdout + r.stderr);
  });

  it('says a checked Teams or Webex meeting is not covered, not that it could not be checked', () => {
    const dir = tempProject({ 'a.yaml': MEETING, 't.yaml': readFileSync('fixtures/teams-risky.yaml', 'utf8'), 'w.json': readFileSync('fixtures/webex-risky.json', 'utf8') });
    const r = runCli(['a.yaml', 't.yaml', 'w.json', '-f', 'briefing'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n---\n').length).toBe(3);
    expect(r.stdout).not.toContain('could not be checked');
    expect(r.stdout).toContain('No briefing: t.yaml is a Teams meeting; the briefing covers Zoom meetings only.');
    expect(r.stdout).toContain('No briefing: w.json is a Webex meeting; the briefing covers Zoom meetings only.');
    expect(r.stdout).toContain('# Before the session: Smith v. Jones');
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/"github", "briefing"/);
  });
});
