// Text of a meeting file that an output shows (the topic, participants' names, a
// check's message quoting a name) keeps none of the meeting's secret values and
// no link credential, in every format, on standard output, standard error and -o files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSecrets, scrubDocumentText } from '../../src/util/document-secrets';
import { runCli, tempProject } from '../helpers/cli';

const MEETING = `id: 85746065432
type: 2
topic: "Doe v Roe https://us02web.zoom.us/j/85746065432?pwd=SEKRITpwdTopic (Passcode: Qm7tR2xZ)"
password: "Qm7tR2xZ"
settings: {waiting_room: false}
mediation:
  participants:
    - name: "Join https://zoom.us/s/85746065432?zak=SEKRITzakName"
      role: party
`;
const SECRETS = ['SEKRITpwdTopic', 'Qm7tR2xZ', 'SEKRITzakName'];

const expectNone = (text: string, where: string) => {
  for (const secret of SECRETS) expect(text, `${where}: ${secret}`).not.toContain(secret);
};

describe('secrets in text from the meeting file', () => {
  it.each(['pretty', 'json', 'sarif', 'junit', 'github', 'briefing'])('-f %s shows none of them', (format) => {
    const dir = tempProject({ 'tb.yaml': MEETING, 'summary.md': '' });
    const r = runCli(['tb.yaml', '-f', format], { cwd: dir, env: { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } });
    expect(r.stdout.length).toBeGreaterThan(100);
    expectNone(r.stdout, `${format} stdout`);
    expectNone(r.stderr, `${format} stderr`);
    expectNone(readFileSync(path.join(dir, 'summary.md'), 'utf8'), `${format} step summary`);
    // The participant's row is still there: only the credential is gone.
    if (format !== 'briefing' && format !== 'github') expect(r.stdout).toContain('zak=removed');
  });

  it.each(['tb.html', 'tb.md', 'tb.json', 'tb.sarif', 'tb.xml'])('-o %s holds none of them', (file) => {
    const dir = tempProject({ 'tb.yaml': MEETING });
    const format = { 'tb.html': 'briefing', 'tb.md': 'briefing', 'tb.json': 'json', 'tb.sarif': 'sarif', 'tb.xml': 'junit' }[file]!;
    const r = runCli(['tb.yaml', '-f', format, '-o', file], { cwd: dir });
    expectNone(r.stdout + r.stderr, `${file} stdout/stderr`);
    const written = readFileSync(path.join(dir, file), 'utf8');
    expect(written.length).toBeGreaterThan(100);
    expectNone(written, file);
  });

  it('nor the H.323 passcode or the host key, which no rule reads', () => {
    // The meeting model dropped both, so nothing knew to hide them when a topic or a name quoted them.
    const text = 'id: 85746065432\ntype: 2\ntopic: "Doe (room H323SEKRIT, host key 73194625)"\nh323_password: "H323SEKRIT"\ndynamic_host_key: "73194625"\nmediation:\n  participants:\n    - name: "key 73194625"\n      role: party\n';
    const dir = tempProject({ 'h.yaml': text });
    for (const format of ['briefing', 'json', 'pretty']) {
      const r = runCli(['h.yaml', '-f', format], { cwd: dir });
      expect(r.stdout.length).toBeGreaterThan(100);
      expect(r.stdout + r.stderr, format).not.toMatch(/H323SEKRIT|73194625/);
    }
    expect(runCli(['h.yaml', '-f', 'briefing'], { cwd: dir }).stdout).toContain('# Before the session: Doe (room \\[redacted\\], host key \\[redacted\\])\n');
  });

  it('the briefing keeps the topic and the name, without the link, the passcode or the meeting id', () => {
    const dir = tempProject({ 'tb.yaml': MEETING });
    const md = runCli(['tb.yaml', '-f', 'briefing'], { cwd: dir }).stdout;
    expect(md).toContain('# Before the session: Doe v Roe \\[link removed\\] (Passcode: \\[redacted\\])\n');
    expect(md).toContain('| Join \\[link removed\\] | party |');
    expect(md).toContain('- Join \\[link removed\\]: please tell the mediator which network you will join from.');
    expect(md).not.toContain('85746065432');
    runCli(['tb.yaml', '-f', 'briefing', '-o', 'tb.html'], { cwd: dir });
    const html = readFileSync(path.join(dir, 'tb.html'), 'utf8');
    expect(html).toContain('<h1>Before the session: Doe v Roe [link removed] (Passcode: [redacted])</h1>');
    expect(html).toContain('<td>Join [link removed]</td>');
    expect(html).not.toContain('85746065432');
  });

  it('the check messages keep the name, with the credential blanked', () => {
    const dir = tempProject({ 'tb.yaml': MEETING });
    const report = JSON.parse(runCli(['tb.yaml', '-f', 'json'], { cwd: dir }).stdout);
    const messages = report.targets[0].checks.map((c: { message: string }) => c.message);
    expect(messages).toContain('Join https://zoom.us/s/85746065432?zak=removed has no known network: add network: private, vpn or public for them under mediation.participants.');
  });
});

describe('documentSecrets', () => {
  it('finds the values under secret keys, at any depth, on any platform', () => {
    expect(
      documentSecrets({
        topic: 't',
        password: 'Qm7tR2xZ',
        encrypted_password: 'enc123',
        pstn_password: 919283,
        settings: { waiting_room: false, embed_password_in_join_link: true },
        joinMeetingIdSettings: { passcode: 'TeamsPass1' },
        lobbyBypassSettings: { scope: 'organization' },
        mediation: { participants: [{ name: 'A', sipAddress: 'sip:room@x.y' }] },
      }).sort(),
    ).toEqual(['919283', 'Qm7tR2xZ', 'TeamsPass1', 'enc123', 'sip:room@x.y']);
  });

  it('scrubs the values and link credentials from a text', () => {
    expect(scrubDocumentText('Doe (Passcode: Qm7tR2xZ) https://x.test/j/1?pwd=abc&y', ['Qm7tR2xZ'])).toBe('Doe (Passcode: [redacted]) https://x.test/j/1?pwd=removed&y');
  });
});
