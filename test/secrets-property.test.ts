// The promise that no passcode is ever printed, as a property: random passcodes
// (Zoom's characters, with backslashes and quotes) in random broken YAML and JSON,
// checked in one batch per format; no run of 5 characters of any passcode may
// appear on standard output, standard error, or the GitHub step summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leakedRun, runCli, runWithStepSummary, STACK_TRACE, tempProject } from './helpers/cli';

const SEED = 20_260_926;
const CASES = 240;
const RUN = 5;

/** Letters, digits, Zoom's symbols, and the characters that break YAML and JSON strings. */
const PASSCODE_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789*@-_.\\"\'';
const passcode = fc
  .array(fc.constantFrom(...PASSCODE_CHARS), { minLength: 6, maxLength: 12 })
  .map((chars) => chars.join(''));

const SECRET_KEYS = ['password', 'encrypted_password', 'pstn_password', 'h323_password', 'dynamic_host_key'];

/** A breakage around the secret: (key, passcode) → file text. */
const BREAKAGES: Record<string, (k: string, p: string) => string> = {
  plain: (k, p) => `${k}: ${p}\n`,
  alias: (k, p) => `${k}: *${p}\n`,
  'alias-next-line': (k, p) => `${k}:\n  *${p}\n`,
  anchor: (k, p) => `${k}: &${p} x\n`,
  tag: (k, p) => `${k}: !${p}\n`,
  'reserved-start': (k, p) => `${k}: @${p}\n`,
  'backtick-start': (k, p) => `${k}: \`${p}\n`,
  'double-quoted': (k, p) => `${k}: "${p}"\n`,
  'bad-escape': (k, p) => `${k}: "\\${p}"\n`,
  'unicode-escape': (k, p) => `${k}: "\\U${p}"\n`,
  'single-quoted': (k, p) => `${k}: '${p}'\n`,
  'unclosed-double': (k, p) => `${k}: "${p}\nsettings:\n  waiting_room: false\n`,
  'unclosed-single': (k, p) => `${k}: '${p}\n`,
  'block-literal': (k, p) => `${k}: |\n  ${p}\n bad: [\n`,
  'block-folded': (k, p) => `${k}: >-\n    ${p}\n  x: y\n`,
  'flow-map': (k, p) => `settings: {${k}: ${p}, waiting_room: [}\n`,
  'flow-seq': (k, p) => `${k}: [${p}\n`,
  'nested-compact': (k, p) => `${k}: ${p}: x\n`,
  'as-key': (k, p) => `${k}:\n  ${p}: 1\n`,
  tab: (k, p) => `${k}:\t${p}\n\tother: x\n`,
  'bad-indent': (k, p) => `  ${k}: ${p}\n bad: x\n`,
  'over-indent': (k, p) => `topic: t\n${k}: ${p}\n   settings: x\n`,
  'stray-quote': (k, p) => `${k}: "${p.slice(0, 3)}"${p.slice(3)}\n`,
  'quote-then-text': (k, p) => `${k}: '${p.slice(0, 2)}' ${p.slice(2)}\n`,
  'key-typo': (k, p) => `${k.replace('ss', 's').replace('key', 'kye')}: *${p}\n`,
  'key-stray-char': (k, p) => `]${k.slice(0, 3)}@${k.slice(3)}: "\\${p}\n`,
  'value-next-line-col0': (k, p) => `${k}:\n>  ${p}"\n`,
  duplicate: (k, p) => `${k}: "${p}"\n${k}: "${p}"\n`,
  comment: (k, p) => `${k}: ${p} # note\n  - x\n`,
  'url-pwd': (_k, p) => `join_url: https://zoom.us/j/1?pwd=${p}\n`,
  'url-pwd-quoted': (_k, p) => `join_url: "https://zoom.us/j/1?pwd=${p}\\q"\n`,
  'url-tk': (_k, p) => `registration_url: "https://zoom.us/w/1?tk=${p}\n`,
  'start-url-zak': (_k, p) => `start_url: https://zoom.us/s/1?zak=${p}: x\n`,
  'start-url-alias': (_k, p) => `start_url: *${p}\n`,
  // A credential link under a key that is not a secret's name: only the link's own parameter (token=) marks it.
  'topic-token-colon': (_k, p) => `topic: https://x.test/j?token=${p}: x\n`,
  'topic-token-escape': (_k, p) => `topic: "https://x.test/j?token=${p}\\q"\n`,
  'topic-token-unclosed': (_k, p) => `topic: "https://x.test/j?token=${p}\n`,
};
const JSON_BREAKAGES: Record<string, (k: string, p: string) => string> = {
  'json-raw': (k, p) => `{"id": 1, "${k}": "${p}"}`,
  'json-unclosed': (k, p) => `{"id": 1, "${k}": "${p}", "settings": {`,
  'json-alias': (k, p) => `{"${k}": *${p}}`,
  'json-escape': (k, p) => `{\n  "${k}": "\\U${p}"\n}`,
  'json-trailing': (k, p) => `{"${k}": "${p}",}`,
  'json-stray-quote': (k, p) => `{"id": 1, "${k}": "${p.slice(0, 3)}"${p.slice(3)}, "type": 2}`,
  'json-flow-plain': (k, p) => `{"type": 2, "${k}": ${p}, "settings": {"waiting_room": [}}`,
};

/** Lines around the broken one, so positions and neighbours vary. */
const CONTEXT = ['', 'id: 85746065432\n', 'type: 2\ntopic: Smith v Jones\n', 'settings:\n  waiting_room: false\n', 'mediation:\n  lock_after_join: true\n'];

const yamlCase = fc.record({
  breakage: fc.constantFrom(...Object.keys(BREAKAGES)),
  key: fc.constantFrom(...SECRET_KEYS),
  passcode,
  before: fc.constantFrom(...CONTEXT),
  after: fc.constantFrom(...CONTEXT),
});
const jsonCase = fc.record({ breakage: fc.constantFrom(...Object.keys(JSON_BREAKAGES)), key: fc.constantFrom(...SECRET_KEYS), passcode });

interface Case {
  file: string;
  breakage: string;
  passcode: string;
}

function generate(): { cases: Case[]; files: Record<string, string> } {
  const cases: Case[] = [];
  const files: Record<string, string> = {};
  const yamlCases = fc.sample(yamlCase, { seed: SEED, numRuns: CASES - 40 });
  const jsonCases = fc.sample(jsonCase, { seed: SEED + 1, numRuns: 40 });
  yamlCases.forEach((c, i) => {
    const file = `case-${String(i).padStart(3, '0')}.yaml`;
    files[file] = c.before + BREAKAGES[c.breakage]!(c.key, c.passcode) + c.after;
    cases.push({ file, breakage: c.breakage, passcode: c.passcode });
  });
  jsonCases.forEach((c, i) => {
    const file = `case-j${String(i).padStart(3, '0')}.json`;
    files[file] = JSON_BREAKAGES[c.breakage]!(c.key, c.passcode);
    cases.push({ file, breakage: c.breakage, passcode: c.passcode });
  });
  return { cases, files };
}

describe('no part of a passcode is ever printed (property)', () => {
  const { cases, files } = generate();
  const dir = tempProject(files);

  it('holds the generated cases to what they test', () => {
    // The generator must produce what the property is about: many breakages, and files that fail to parse.
    expect(new Set(cases.map((c) => c.breakage)).size).toBeGreaterThan(25);
    expect(cases.filter((c) => c.breakage.startsWith('topic-token-')).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.passcode.length >= RUN)).toHaveLength(cases.length);
  });

  for (const format of ['pretty', 'json', 'sarif', 'junit', 'github']) {
    it(`in the ${format} format, on stdout, stderr and the step summary`, () => {
      const { result: r, streams } = runWithStepSummary(dir, format);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      if (format === 'json') {
        // Every case reached the report, most as errors: the property is tested on broken files.
        const report = JSON.parse(r.stdout);
        expect(report.targets).toHaveLength(cases.length);
        expect(report.summary.errored).toBeGreaterThan(cases.length / 2);
      }
      const leaks: string[] = [];
      for (const c of cases) {
        for (const [stream, text] of Object.entries(streams)) {
          const run = leakedRun(text, c.passcode, RUN);
          if (run) leaks.push(`${c.file} (${c.breakage}, passcode ${JSON.stringify(c.passcode)}): ${JSON.stringify(run)} on ${stream}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  it('holds for the --mediation file of the zoom command, which uses the same parser (M1)', () => {
    const dir = tempProject({ 'm.yaml': 'id: 1\nmediation:\n  lock_after_join: true\npassword: *Xk92mQz\n' });
    const r = runCli(['zoom', '1', '--mediation', 'm.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mediate-check: --mediation m.yaml:4:11: invalid YAML: password: a value starting with * must be quoted (the value is not shown)\n');
  });
});
