// Untrusted text (file names, keys, participant names, waiver text) in every
// output: no workflow command on stdout or stderr (H1), no raw terminal control
// in the pretty report (L1), no Markdown outside its table cell (L2), no crash on
// a lone surrogate (L4). Reproductions from the security review.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli';

const RISKY = readFileSync('fixtures/risky-meeting.yaml', 'utf8');

/** A line the GitHub runner would run as a workflow command: `::` after leading white space, or `##[` anywhere. */
const workflowCommands = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
/** C0 controls other than LF, DEL and C1: what a terminal acts on. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const EVIL_NAME = 'evil\n::error title=fake::INJECTED VIA FILENAME\n::stop-commands::zzz\n##[add-mask]x\n.yaml';
const EVIL_KEY = [
  'id: 1',
  'mediation:',
  '  "x\\n::error file=inject.yaml,line=1::INJECTED VIA KEY\\n::add-mask::secretthing\\n::stop-commands::tok123\\r::warning::cr\\n": 1',
  '',
].join('\n');
const EVIL_POLICY = [
  'waivers:',
  '  - rule: passcode-required',
  '    target: "templates/*\\n::warning title=Security review::Approved - safe to merge\\n::add-mask::mediate-check\\n"',
  '    reason: "fine"',
  '    expires: 2020-01-01',
  '',
].join('\n');

describe('H1: no workflow command through standard error or standard output', () => {
  const dir = tempProject({
    'templates/ok.yaml': RISKY,
    [`templates/${EVIL_NAME}`]: 'id: [\n',
    'templates/badkey.yaml': EVIL_KEY,
    '.mediate-check.yaml': EVIL_POLICY,
  });

  for (const format of ['github', 'json', 'sarif', 'junit', 'pretty']) {
    it(`-f ${format}: the file name, the key and the waiver glob reach both streams escaped`, () => {
      const r = runCli(['templates/', '-f', format], { cwd: dir });
      expect(r.code).toBe(2);
      expect(workflowCommands(r.stderr)).toEqual([]);
      if (format === 'github') {
        // Only the tool's own commands, one per line, each parsed as such (so the legacy ##[ form is never tried).
        for (const line of r.stdout.trimEnd().split(/\r\n|\r|\n/)) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
        expect(r.stdout).not.toMatch(/^\s*::(stop-commands|add-mask)/m);
      } else {
        expect(workflowCommands(r.stdout)).toEqual([]);
      }
      // Every diagnostic is one line of the tool's own.
      const diagnostics = r.stderr.trimEnd().split(/\r\n|\r|\n/);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const line of diagnostics) expect(line.startsWith('mediate-check: '), line).toBe(true);
      // Target errors go to stderr unless the pretty report shows them on this terminal.
      const errors = format === 'pretty' ? r.stdout : r.stderr;
      expect(errors).toContain('templates/evil\\n::error title=fake::INJECTED VIA FILENAME\\n::stop-commands::zzz\\n#\\x23[add-mask]x\\n.yaml:1:5');
      expect(errors).toContain('mediation.x\\n::error file=inject.yaml,line=1::INJECTED VIA KEY\\n::add-mask::secretthing\\n::stop-commands::tok123\\r::warning::cr\\n');
      expect(r.stderr).toContain('(line 2: passcode-required on "templates/*\\n::warning title=Security review::');
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    });
  }

  it('escapes a command-line argument that commander quotes in its own error', () => {
    const r = runCli(['--bogus\n::error::from argv', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(workflowCommands(r.stderr)).toEqual([]);
    expect(r.stderr).toContain("unknown option '--bogus\\n::error::from argv'");
  });
});

describe('L1: terminal escapes in the pretty report', () => {
  const ESC = '\u001b';
  const BEL = '\u0007';
  const payload = `${ESC}[2K${ESC}[1A${ESC}[32mALL CLEAR${ESC}[0m${ESC}]0;pwned-title${BEL}${ESC}]8;;https://evil.example/${BEL}click${ESC}]8;;${BEL}\u009b31m`;
  const name = `a${ESC}]52;c;Y3VybA==${BEL}${ESC}[1A.yaml`;
  const dir = tempProject({
    [name]: RISKY.replace('name: J. Doe', `name: ${JSON.stringify(payload)}`).replace('waiting_room: true', 'waiting_room: true'),
    '.mediate-check.yaml': `waivers:\n  - rule: no-waiting-room\n    reason: ${JSON.stringify(`ok${ESC}[2J${ESC}]0;title${BEL}`)}\n`,
  });

  it('shows participant names, file names and waiver reasons with their controls visible, and colours only its own text', () => {
    const plain = runCli(['.'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stdout).not.toMatch(RAW_CONTROL);
    expect(plain.stdout).toContain('\\x1b[2K\\x1b[1A\\x1b[32mALL CLEAR\\x1b[0m\\x1b]0;pwned-title\\x07\\x1b]8;;https://evil.example/\\x07click\\x1b]8;;\\x07\\x9b31m joins from a public network.');
    expect(plain.stdout).toContain('a\\x1b]52;c;Y3VybA==\\x07\\x1b[1A.yaml · score');
    expect(plain.stdout).toContain('waived: ok\\x1b[2J\\x1b]0;title\\x07');
    // With colour on, the only escapes are SGR colour codes the tool writes itself.
    const coloured = runCli(['.', '--color'], { cwd: dir });
    const escapes = coloured.stdout.match(/\u001b[^m]*m|\u001b./g) ?? [];
    for (const e of escapes) expect(e).toMatch(/^\u001b\[\d+(;\d+)*m$/);
    expect(coloured.stdout).not.toContain(`${ESC}]`);
    expect(coloured.stdout).not.toContain(BEL);
  });
});

describe('L2: the step summary keeps input text inside its table cell', () => {
  it('escapes CR, pipes, links, images, headings and HTML', () => {
    // No "/" in a file name: the links point at hosts without a path.
    const name = 'x\r## All 12 meetings PASSED\r[Click to approve](https:evil.example) ![i](https:evil.example?i.png) <img src=x> | `code` www.evil.example.yaml';
    const dir = tempProject({ [name]: 'id: [\n' });
    const summary = path.join(dir, 'summary.md');
    const r = runCli(['.', '-f', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(2);
    const md = readFileSync(summary, 'utf8');
    expect(md).not.toContain('\r');
    const row = md.split('\n').find((line) => line.startsWith('| x'))!;
    expect(row).toBe(
      '| x \\#\\# All 12 meetings PASSED \\[Click to approve\\]\\(https\\:evil\\.example\\) \\!\\[i\\]\\(https\\:evil\\.example\\?i\\.png\\) \\<img src\\=x\\> \\| \\`code\\` www\\.evil\\.example\\.yaml | error | — | invalid YAML\\: the bracket opened on line 1 is never closed \\(parser\\: Flow sequence in block collection must be sufficiently indented and end with a \\]\\) |',
    );
    // Four cells: split at the unescaped pipes, the row has six parts (the two ends are empty).
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });
});

describe('L4: SARIF survives a lone surrogate; JUnit holds only what XML can', () => {
  it('writes a valid URI for a target name with a lone surrogate, and JUnit replaces what XML 1.0 cannot hold', async () => {
    const { default: formatSarif } = await import('../../src/report/format-sarif');
    const { default: formatJunit } = await import('../../src/report/format-junit');
    const { buildReport } = await import('../../src/report/report');
    const check = { rule: 'no-waiting-room', severity: 'error' as const, status: 'fail' as const, messageId: 'm', message: 'bad \ud800 \u0001 \u001b[31m', pointer: '/settings/waiting_room' };
    const report = buildReport([{ target: 'zoom:template/a\ud800b?#', source: 'zoom', platform: 'zoom', checks: [check], error: null }], 'proper-use');
    const input = { report, rules: new Map([['no-waiting-room', { fix: 'f', summary: 's', rationale: 'r', sources: [] }]]), enabled: [{ id: 'no-waiting-room', severity: 'error' as const }], exitCode: 1, env: {}, colour: false, failOn: 'error' as const };
    const sarif = JSON.parse([...formatSarif(input as never)].join(''));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('zoom:template/a%EF%BF%BDb%3F%23');
    const xml = [...formatJunit(input as never)].join('');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udfff]/);
    expect(xml).toContain('bad \ufffd \\x01 \\x1b[31m');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.testsuites.testsuite.testcase.failure.message).toBe('bad \ufffd \\x01 \\x1b[31m');
  });
});
