// Issue 12 item 3 (newcomer trial item 7): the common YAML mistakes are told in
// plain words at the line where they are, the parser's own text only as a detail.
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../src/load/parse-meeting';
import { explainSyntax, findMistakes } from '../src/load/yaml-mistakes';

function problemsOf(text: string) {
  const result = parseMeeting(text);
  if (result.ok) throw new Error('expected an error');
  return (result.error.problems ?? [result.error]).map(({ message, line, column }) => ({ message, line, column }));
}

/** Trial item 7, second case: `client:` over-indented on line 24 of a template (the parser spoke of line 27). */
const TEMPLATE = [
  '# Smith v. Jones, afternoon session',
  'id: 85746065432',
  'type: 2',
  'topic: Mediation - Smith v. Jones',
  'start_time: "2026-12-03T09:00:00Z"',
  'duration: 240',
  'timezone: Europe/London',
  'join_url: https://example.zoom.us/j/85746065432',
  'settings:',
  '  use_pmi: false',
  '  waiting_room: false',
  '  join_before_host: false',
  '  auto_recording: none',
  '  mute_upon_entry: true',
  'mediation:',
  '  lock_after_join: true',
  '  participants:',
  '    - name: A. Smith',
  '      role: party',
  '      network: private',
  '    - name: B. Counsel',
  '      role: counsel',
  '      network: vpn',
  '   client:',
  '    minimum_version: "6.4.0"',
  '    browser_join: false',
  '  agreement:',
  '    platform_risks_acknowledged: true',
  '    attendees_disclosed: true',
  '',
].join('\n');

const CASES: [string, string, { message: string; line: number; column: number }[]][] = [
  [
    'trial 7: an extra space before auto_recording on line 7',
    'id: 85746065432\ntype: 2\ntopic: Doe v Roe\nsettings:\n  waiting_room: true\n  join_before_host: false\n   auto_recording: none\n  mute_upon_entry: true\n',
    [{ line: 7, column: 4, message: 'invalid YAML: line 7 is indented 3 spaces, the other keys of `settings` 2: use 2 spaces per level (parser: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)' }],
  ],
  [
    'trial 7: client: over-indented on line 24',
    TEMPLATE,
    [{ line: 24, column: 4, message: 'invalid YAML: line 24 is indented 3 spaces, the other keys of `mediation` 2: use 2 spaces per level (parser: All mapping items must start at the same column)' }],
  ],
  [
    'trial 7: a quote opened on line 3 of a 5-line file, never closed',
    'id: 1\ntype: 2\ntopic: "Doe v Roe\nsettings:\n  waiting_room: true\n',
    [{ line: 3, column: 8, message: 'invalid YAML: the quote opened on line 3 is never closed (parser: Missing closing "quote)' }],
  ],
  [
    'a single quote never closed',
    "id: 1\ntopic: 'Doe v Roe\nsettings:\n  waiting_room: true\n",
    [{ line: 2, column: 8, message: "invalid YAML: the quote opened on line 2 is never closed (parser: Missing closing 'quote)" }],
  ],
  [
    'a quote closed only by the next value\'s quote',
    'id: 1\ntopic: "Doe v Roe\nsettings:\n  waiting_room: true\nagenda: "x"\n',
    [{ line: 2, column: 8, message: 'invalid YAML: the quote opened on line 2 is not closed on that line (the next double quote is on line 5) (parser: Missing closing "quote)' }],
  ],
  [
    'a key indented less than its siblings',
    'topic: x\nsettings:\n    waiting_room: true\n  mute_upon_entry: true\nid: 1\n',
    [{ line: 4, column: 3, message: 'invalid YAML: line 4 is indented 2 spaces, the other keys of `settings` 4: use 2 spaces per level (parser: All mapping items must start at the same column)' }],
  ],
  [
    'a key of a list entry indented one space too far',
    'mediation:\n  participants:\n    - name: A\n       role: party\n',
    [{ line: 4, column: 8, message: 'invalid YAML: line 4 is indented 7 spaces, the other keys of this `participants` entry 6: use 2 spaces per level (parser: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)' }],
  ],
  [
    'a top-level key indented by one space',
    'id: 1\n topic: x\n',
    [{ line: 2, column: 2, message: 'invalid YAML: line 2 is indented 1 space, the other top-level keys not at all: use 2 spaces per level (parser: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)' }],
  ],
  [
    'a tab used for indentation',
    'id: 1\nsettings:\n  mute_upon_entry: true\n\twaiting_room: true\n',
    [{ line: 4, column: 1, message: 'invalid YAML: line 4 starts with a tab: indent with spaces (parser: Tabs are not allowed as indentation)' }],
  ],
  [
    'a tab after spaces',
    'id: 1\nsettings:\n  \twaiting_room: true\n',
    [{ line: 3, column: 3, message: 'invalid YAML: line 3 starts with a tab: indent with spaces (parser: Tabs are not allowed as indentation)' }],
  ],
  [
    'no space after a colon',
    'id: 1\nsettings:\n  waiting_room:true\n  mute_upon_entry: false\n',
    [{ line: 3, column: 15, message: 'invalid YAML: line 3: put a space after the colon that follows `waiting_room` (parser: Implicit keys need to be on a single line)' }],
  ],
  [
    'no space after a top-level colon',
    'id:1\ntopic: x\n',
    [{ line: 1, column: 3, message: 'invalid YAML: line 1: put a space after the colon that follows `id` (parser: Implicit keys need to be on a single line)' }],
  ],
  [
    'a key that opens a mapping, without its colon',
    'id: 1\nsettings\n  waiting_room: true\n',
    [{ line: 2, column: 9, message: 'invalid YAML: line 2: put a colon after `settings` (write `settings:`) (parser: Implicit keys need to be on a single line)' }],
  ],
  [
    'a value holding a colon and a space',
    'id: 1\ntopic: Mediation: Smith v. Jones\nsettings:\n  waiting_room: true\n',
    [{ line: 2, column: 17, message: 'invalid YAML: line 2: the value of `topic` holds a colon and a space, so YAML reads it as another key: put the whole value in quotes (parser: Nested mappings are not allowed in compact mappings)' }],
  ],
  [
    'a list entry among keys',
    'id: 1\n- waiting_room\n',
    [{ line: 2, column: 1, message: 'invalid YAML: line 2 starts a list entry ("-") among the other top-level keys: a list goes under a key ending in a colon, indented more than it (parser: Implicit keys need to be on a single line; Unexpected block-seq-ind on same line with key; Implicit map keys need to be followed by map values)' }],
  ],
  [
    'a key among list entries',
    'mediation:\n  participants:\n    - name: A\n    role: party\n',
    [{ line: 4, column: 5, message: 'invalid YAML: line 4 is a key among the entries of the list `participants`, which start with "-": start it with "- " for a new entry, or indent it less for a key after the list (parser: All mapping items must start at the same column)' }],
  ],
  [
    'no mistake found in the text: a plain word on the parser\'s code first',
    'settings: |\n  x\n y: 1\n',
    [{ line: 3, column: 1, message: 'invalid YAML: the indentation of line 3 does not match the lines above it: the keys of one mapping start in the same column (parser: All mapping items must start at the same column)' }],
  ],
  [
    'a bracket never closed',
    'id: 1\nsettings:\n  waiting_room: true\nmediation:\n  participants: [\n',
    [{ line: 5, column: 17, message: 'invalid YAML: the bracket opened on line 5 is never closed (parser: Flow sequence in block collection must be sufficiently indented and end with a ])' }],
  ],
];

describe('plain-language YAML errors', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('reports a key without a value where a mapping was meant at its line, asking for the indentation', () => {
    expect(problemsOf('id: 1\nsettings:\nwaiting_room: true\n')).toEqual([
      { line: 2, column: 1, message: 'settings: has no value: indent the keys that belong to it under it (2 spaces more than settings)' },
    ]);
  });

  it('leaves a mistake inside a passcode to the message that shows nothing of it', () => {
    const problems = problemsOf('topic: x\npassword: "Zq9SECRETx\nsettings:\n  waiting_room: true\n');
    expect(problems).toEqual([{ line: 2, column: 11, message: 'invalid YAML: password: the quote that opens the value is never closed (the value is not shown)' }]);
  });

  it('never names a key that shares text with a secret value', () => {
    // The over-indented line is a continuation of the passcode written as a key: its name is not quoted.
    const problems = problemsOf('id: 1\npassword: "Zq9SECRETx\n   Zq9SECRETx:1\n');
    expect(JSON.stringify(problems)).not.toContain('SECRE');
  });

  it('finds nothing in well-formed YAML and in JSON', () => {
    const ok = 'id: 1\nsettings:\n  waiting_room: true\nmediation:\n  participants:\n  - name: A\n    role: party\n  - name: B\n  client:\n    minimum_version: "6.4.0"\nnotes: |\n  free text: with colons\n    and indentation\ntopic: >\n  long\nagenda: "a\n  b"\n';
    expect(parseMeeting(ok).ok).toBe(true);
    expect(findMistakes(ok)).toEqual([]);
    expect(findMistakes('{\n "id": 1,\n   "settings": {"waiting_room": true}\n}\n')).toEqual([]);
  });

  it('takes linear time: the largest file the parser is given (20,000 lines) in well under a second', () => {
    const big = 'settings:\n' + '  k: 1\n'.repeat(20_000) + '   x: 1\n';
    const start = performance.now();
    expect(findMistakes(big)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('plain-language YAML errors at scale', () => {
  it('reports the first 100 mistakes of a file made of them', () => {
    const result = parseMeeting('id: 1\n' + 'x:\n    a: 1\n  b: 2\n'.repeat(2_000));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.problems).toHaveLength(100);
      expect(result.error.problems![0]).toMatchObject({ line: 4, message: expect.stringMatching(/^invalid YAML: line 4 is indented 2 spaces, the other keys of `x` 4: use 4 spaces per level \(parser: /) });
    }
  });

  it('matches parser problems to mistakes in linear time (20,000 of each)', () => {
    const text = 'x:\n' + '    a: 1\n  b: 2\n'.repeat(10_000);
    const problems = Array.from({ length: 20_000 }, (_, k) => ({ text: 'All mapping items must start at the same column', from: k * 8, code: 'BAD_INDENT' }));
    const start = performance.now();
    const out = explainSyntax(problems, text, (offset) => ({ line: Math.floor(offset / 8) + 1, col: 1 }), () => true);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(out).toHaveLength(100);
  });
});
