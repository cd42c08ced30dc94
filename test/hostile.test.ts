// Hostile and malformed input: each gets a clear, located error or a correct
// verdict, exit 2 where it is an error, no stack trace, and no lost target.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../src/load/parse-meeting';
import { runCli, STACK_TRACE, tempProject } from './helpers/cli';

const laughs = (() => {
  let text = 'type: 2\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) text += `${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(',')}]\n`;
  return text;
})();

/** file → the error message expected (with its line, when it has one), or null for a correct verdict. */
const CASES: Record<string, { content: string | Buffer; error: string | null; line?: number }> = {
  'alias-bomb.yaml': { content: laughs, error: 'uses too many aliases (more than 100 expansions)' },
  'binary.yaml': { content: Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)), error: 'is not UTF-8 text' },
  'nul.yaml': { content: 'type: 2\n\u0000\n', error: 'is binary data, not a meeting file' },
  'bom.yaml': { content: '\uFEFFtype: 2\nsettings:\n  waiting_room: true\n', error: null },
  'comments.yaml': { content: '# just a comment\n# another\n', error: 'holds nothing: the file is empty or only comments', line: 1 },
  'empty.yaml': { content: '', error: 'holds nothing: the file is empty or only comments', line: 1 },
  'list.yaml': { content: '- type: 2\n- type: 4\n', error: 'must be a mapping of Zoom meeting fields, but holds a list', line: 1 },
  'scalar.json': { content: '"just a string"', error: 'must be a mapping of Zoom meeting fields, but holds a single value', line: 1 },
  'multi.yaml': { content: 'type: 2\n---\ntype: 4\n', error: 'holds 2 YAML documents; exactly one is expected', line: 2 },
  'duplicate.yaml': { content: 'type: 2\nsettings:\n  waiting_room: false\n  waiting_room: true\n', error: 'invalid YAML: Map keys must be unique', line: 4 },
  'tag.yaml': { content: 'type: 2\npassword: !vault s3cr3tTagged\n', error: 'invalid YAML: password: a value starting with ! must be quoted (the value is not shown)', line: 2 },
  'tag-elsewhere.yaml': { content: 'type: 2\ntopic: !vault x\n', error: 'invalid YAML: Unresolved tag', line: 2 },
  'binary-tag.yaml': { content: 'password: !!binary aGVsbG8=\n', error: 'password: must be text, not binary data', line: 1 },
  'huge-number.yaml': { content: 'id: 99999999999999999999999\ntype: 2\n', error: 'id: must be a meeting id: a whole number, or a string of digits', line: 1 },
  'tabs.yaml': { content: 'settings:\n\twaiting_room: true\n', error: 'invalid YAML: line 2 starts with a tab: indent with spaces (parser: Tabs are not allowed as indentation)', line: 2 },
  // Each under a meeting key: a folder search passes over documents with none (issue 12 item 7).
  'deep-flow.yaml': { content: `settings: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, error: 'nests lists or mappings more than 64 levels deep', line: 1 },
  'deep-json.json': { content: `{"settings": ${'{"b": '.repeat(20_000)}1${'}'.repeat(20_000)}}`, error: 'nests lists or mappings more than 64 levels deep', line: 1 },
  'deep-block.yaml': { content: Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}${i === 0 ? 'settings' : `k${i}`}:`).join('\n') + ' v\n', error: 'nests lists or mappings more than 64 levels deep', line: 66 },
  'proto.yaml': {
    content: '__proto__:\n  polluted: true\ntype: 2\nsettings:\n  __proto__:\n    waiting_room: true\n  waiting_room: false\n',
    error: null,
  },
  'proto-mediation.yaml': { content: 'mediation:\n  __proto__:\n    lock_after_join: true\n', error: 'mediation.__proto__: unknown key in mediation', line: 2 },
};

describe('hostile input', () => {
  const dir = tempProject({
    ...Object.fromEntries(Object.entries(CASES).map(([name, { content }]) => [name, content])),
    'too-big.yaml': `topic: ${'x'.repeat(2 * 1024 * 1024)}\n`,
    'zz-good.yaml': readFileSync('fixtures/compliant-meeting.yaml'),
  });

  it('reports every target with a clear error or a verdict, exit 2, no stack trace, nothing secret', () => {
    const started = Date.now();
    const r = runCli(['.', '-f', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000); // a guard against hangs; npm run bench measures speed
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout + r.stderr).not.toContain('s3cr3tTagged');
    const report = JSON.parse(r.stdout);
    const byName = Object.fromEntries(report.targets.map((t: { target: string }) => [t.target, t]));
    expect(Object.keys(byName)).toHaveLength(Object.keys(CASES).length + 2);
    for (const [name, expected] of Object.entries(CASES)) {
      const target = byName[name];
      if (expected.error === null) {
        expect(target.error, name).toBeNull();
        expect(target.checks, name).toHaveLength(9);
      } else {
        expect(target.error?.message, name).toContain(expected.error);
        if (expected.line !== undefined) expect(target.error.line, name).toBe(expected.line);
        expect(target.checks, name).toEqual([]);
      }
    }
    expect(byName['too-big.yaml'].error.message).toBe('is 2097160 bytes, above the limit of 1048576 bytes (see --max-file-size)');
    expect(byName['zz-good.yaml'].score).toBe(100);
    // The BOM does not shift positions; __proto__ keys reach neither the model nor Object.prototype.
    const bomWaiting = byName['bom.yaml'].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room');
    expect(bomWaiting).toMatchObject({ status: 'fail', line: 3, column: 3 });
    expect(byName['proto.yaml'].checks.find((c: { rule: string }) => c.rule === 'no-waiting-room').status).toBe('pass');
  });

  it('takes a larger size cap when asked', () => {
    const r = runCli(['too-big.yaml', '-f', 'json', '--max-file-size', '3m'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0].error).toBeNull();
    const bad = runCli(['too-big.yaml', '--max-file-size', 'lots'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--max-file-size <bytes>' argument 'lots' is invalid");
  });

  it('keeps __proto__ out of the model and Object.prototype clean', () => {
    const result = parseMeeting('__proto__:\n  polluted: true\nsettings:\n  __proto__:\n    waiting_room: true\n  waiting_room: false\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
    expect(result.value.settings?.waiting_room).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
