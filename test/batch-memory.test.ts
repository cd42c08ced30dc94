// A batch keeps no meeting once it is checked (targets are checked one at a time,
// their results kept in a compact store), and the store gives back exactly what
// was checked.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { finishRun } from '../src/commands/finish-run';
import { enableRules } from '../src/engine/enable-rules';
import type { Evidence } from '../src/engine/evidence';
import { OTHERS, ResultStore } from '../src/engine/result-store';
import type { LoadedTarget } from '../src/engine/run-checks';
import { parseMeeting } from '../src/load/parse-meeting';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function meeting(yaml: string) {
  const parsed = parseMeeting(yaml);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed;
}

describe('a batch in constant memory', () => {
  it('lets each meeting and its position index go once checked, and still compares ids and passcodes across the run', async () => {
    const count = 1200;
    const meetings: WeakRef<object>[] = [];
    const locators: WeakRef<object>[] = [];
    let mostAlive = 0;
    async function* targets(): AsyncGenerator<LoadedTarget> {
      for (let i = 0; i < count; i++) {
        if (i % 300 === 299) {
          // WeakRefs hold their objects until the current job ends: end it, then collect.
          await new Promise((resolve) => setImmediate(resolve));
          gc();
          const alive = (refs: WeakRef<object>[]) => refs.filter((ref) => ref.deref() !== undefined).length;
          mostAlive = Math.max(mostAlive, alive(meetings), alive(locators));
        }
        // Targets 0 and 1100 share an id; 5 and 1199 a passcode: the run must still see both pairs.
        const id = i === 1100 ? 70000000000 : 70000000000 + i;
        const password = i === 1199 ? 'pass-5x' : `pass-${i}x`;
        const parsed = meeting(`id: ${id}\ntype: 2\npassword: "${password}"\nsettings:\n  use_pmi: false\n`);
        meetings.push(new WeakRef(parsed.value));
        locators.push(new WeakRef(parsed.locate));
        yield { name: `m${i}.yaml`, source: 'file', meeting: parsed.value, locate: parsed.locate };
      }
    }
    const out = path.join(tmpdir(), `mediate-check-batch-${process.pid}.json`);
    try {
      const setup = { profile: 'current', enabled: enableRules('current'), warnings: [] };
      const code = await finishRun(targets(), setup, { format: 'json', output: out, failOn: 'never' }, []);
      expect(code).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const check = (t: number, rule: string) => report.targets[t].checks.find((c: { rule: string }) => c.rule === rule);
      expect(check(0, 'unique-meeting-id')).toMatchObject({ status: 'fail', message: 'Meeting id 70000000000 is also used by m1100.yaml.', line: 1, column: 1 });
      expect(check(1100, 'unique-meeting-id')).toMatchObject({ status: 'fail', message: 'Meeting id 70000000000 is also used by m0.yaml.' });
      expect(check(1, 'unique-meeting-id')).toMatchObject({ status: 'pass', message: 'A scheduled meeting (type 2) of its own.', line: 2 });
      expect(check(5, 'passcode-not-shared')).toMatchObject({ status: 'fail', message: 'The same passcode is used by m1199.yaml.', line: 3 });
      expect(check(1199, 'passcode-not-shared')).toMatchObject({ status: 'fail', message: 'The same passcode is used by m5.yaml.' });
      expect(check(6, 'passcode-not-shared')).toMatchObject({ status: 'pass', message: 'No other meeting in this run uses the same passcode.' });
      expect(report.summary.targets).toBe(count);
    } finally {
      rmSync(out, { force: true });
    }
    // Every meeting checked before a collection was let go (the one being read may still be held).
    expect(mostAlive).toBeLessThanOrEqual(2);
  });
});

describe('the result store', () => {
  const evidence: Evidence[] = [
    { pointer: '/settings/waiting_room', level: 'meeting', locked: null },
    { pointer: '/host_settings/in_meeting/waiting_room', level: 'user', locked: true },
  ];

  it('gives back each target as it was checked: positions, evidence, errors, unicode names, as often as it is read', () => {
    const store = new ResultStore();
    const shape = (message: string, status: 'pass' | 'fail' | 'unknown' = 'pass', withEvidence = false) =>
      store.shapeOf({ rule: 'rule-a', severity: 'error', status, messageId: 'm', message, pointer: '/a', ...(withEvidence && { evidence }) });
    // 1: a file (its path found again from its name), a check without position, one with, one with evidence and a position far away.
    store.beginTarget({ name: 'm/é 会议 🎯.yaml', source: 'file', platform: 'zoom', file: path.resolve('m/é 会议 🎯.yaml') }, null);
    store.addCheck(shape('Unplaced.'), undefined);
    store.addCheck(shape('Placed.', 'fail'), { line: 3, column: 5, endLine: 3, endColumn: 17 });
    store.addCheck(shape('With evidence: ∑ \u0000 {x}', 'unknown', true), { line: 123456, column: 300, endLine: 123457, endColumn: 2 });
    store.endTarget();
    // 2: a target that could not be read, with its platform and a file that is not its name.
    const error = { message: 'could not be read as YAML', line: 2, column: 1, problems: [{ message: 'bad', line: 2, column: 1 }] };
    store.beginTarget({ name: 'webex:abc', source: 'webex', platform: 'webex', file: '/elsewhere/x.json' }, error);
    store.endTarget();
    // 3: standard input, Teams, one check sharing its shape with target 1.
    store.beginTarget({ name: '<stdin>', source: 'stdin', platform: 'teams' }, null);
    store.addCheck(shape('Placed.', 'fail'), { line: 1, column: 1, endLine: 1, endColumn: 2 });
    store.endTarget();

    const expected = [
      {
        target: 'm/é 会议 🎯.yaml',
        source: 'file',
        platform: 'zoom',
        file: path.resolve('m/é 会议 🎯.yaml'),
        checks: [
          { rule: 'rule-a', severity: 'error', status: 'pass', messageId: 'm', message: 'Unplaced.', pointer: '/a' },
          { rule: 'rule-a', severity: 'error', status: 'fail', messageId: 'm', message: 'Placed.', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 17 },
          { rule: 'rule-a', severity: 'error', status: 'unknown', messageId: 'm', message: 'With evidence: ∑ \u0000 {x}', pointer: '/a', evidence, line: 123456, column: 300, endLine: 123457, endColumn: 2 },
        ],
        error: null,
      },
      { target: 'webex:abc', source: 'webex', platform: 'webex', file: '/elsewhere/x.json', checks: [], error },
      { target: '<stdin>', source: 'stdin', platform: 'teams', file: undefined, checks: [{ rule: 'rule-a', severity: 'error', status: 'fail', messageId: 'm', message: 'Placed.', pointer: '/a', line: 1, column: 1, endLine: 1, endColumn: 2 }], error: null },
    ];
    const none = () => '';
    const decoded = [...store.results(none, () => '', true)];
    expect(decoded).toEqual(expected);
    // Key order too: the JSON report writes the checks as they are.
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(expected));
    expect([...store.results(none, () => '', true)]).toEqual(expected);
    // Without files (no policy to match them), the file is left out.
    expect([...store.results(none, () => '', false)][0]!.file).toBeUndefined();
    expect(store.count).toBe(3);
  });

  it('settles a waiting check: its own outcome when alone, the shared one (others and key filled in) when not', () => {
    const store = new ResultStore();
    const alone = store.shapeOf({ rule: 'unique', severity: 'error', status: 'pass', messageId: 'own', message: 'Of its own.', pointer: '/type' });
    const shared = store.shapeOf({ rule: 'unique', severity: 'error', status: 'fail', messageId: 'repeated', message: `Id \u0000key\u0000 is also used by ${OTHERS}.`, pointer: '/id' });
    for (const [name, slot] of [['a.yaml', 0], ['b.yaml', 1], ['c.yaml', 0]] as const) {
      store.beginTarget({ name, source: 'file', platform: 'zoom' }, null);
      store.addCheck(alone, { line: 2, column: 1, endLine: 2, endColumn: 5 }, [{ shape: shared, position: { line: 1, column: 1, endLine: 1, endColumn: 3 }, slot }]);
      store.endTarget();
    }
    const owners: Record<number, string[]> = { 0: ['a.yaml', 'c.yaml'], 1: ['b.yaml'] };
    const othersOf = (slot: number, target: number) => owners[slot]!.filter((n) => n !== store.nameOf(target)).join(', ');
    const seen: string[] = [];
    const results = [...store.results(othersOf, (slot) => (slot === 0 ? '085' : '086'), false, (t, c, s) => seen.push(`${t}:${c}:${s}`))];
    expect(results.map((r) => r.checks[0])).toEqual([
      { rule: 'unique', severity: 'error', status: 'fail', messageId: 'repeated', message: 'Id 085 is also used by c.yaml.', pointer: '/id', line: 1, column: 1, endLine: 1, endColumn: 3 },
      { rule: 'unique', severity: 'error', status: 'pass', messageId: 'own', message: 'Of its own.', pointer: '/type', line: 2, column: 1, endLine: 2, endColumn: 5 },
      { rule: 'unique', severity: 'error', status: 'fail', messageId: 'repeated', message: 'Id 085 is also used by a.yaml.', pointer: '/id', line: 1, column: 1, endLine: 1, endColumn: 3 },
    ]);
    expect(seen).toEqual(['0:0:true', '1:0:false', '2:0:true']);
  });
});

describe('unlessShared', () => {
  it("digests a Zoom passcode once per meeting: the engine's key is the one compared, the host's standing passcodes are compared in clear", async () => {
    const crypto = (await import('node:crypto')).default;
    expect(process.getBuiltinModule('node:crypto')).toBe(crypto); // the module the rule hashes with
    const { runChecks } = await import('../src/engine/run-checks');
    const rule = (await import('../rules/passcode-not-shared')).default;
    const standing = (own: string, pmi: string) => `host_settings:\n  schedule_meeting:\n    default_password_for_scheduled_meetings: "${own}"\n    pmi_password: "${pmi}"\n`;
    const targets = [
      ['a.yaml', `password: "k7Fp2Wq9"\n${standing('dflt0001', 'pmi00001')}`],
      ['b.yaml', `password: "k7Fp2Wq9"\n${standing('dflt0002', 'pmi00002')}`],
      ['c.yaml', `password: "Zz81mmQa"\n${standing('dflt0003', 'pmi00003')}`],
      ['d.yaml', `password: "dflt0004"\n${standing('dflt0004', 'pmi00004')}`],
      ['e.yaml', `password: "pmi00005"\n${standing('dflt0005', 'pmi00005')}`],
      ['f.yaml', `topic: no passcode\n${standing('dflt0006', 'pmi00006')}`],
    ].map(([name, yaml]) => ({ name: name!, source: 'file' as const, meeting: meeting(yaml!).value }));
    const hashes = vi.spyOn(crypto, 'createHash');
    try {
      const results = runChecks(targets, [{ rule, severity: 'error', options: {} }]);
      expect(results.map((r) => [r.target, r.checks[0]!.status, r.checks[0]!.messageId, r.checks[0]!.message])).toEqual([
        ['a.yaml', 'fail', 'shared', 'The same passcode is used by b.yaml.'],
        ['b.yaml', 'fail', 'shared', 'The same passcode is used by a.yaml.'],
        ['c.yaml', 'pass', 'own', 'No other meeting in this run uses the same passcode.'],
        ['d.yaml', 'fail', 'hostDefault', expect.any(String)],
        ['e.yaml', 'fail', 'pmi', expect.any(String)],
        ['f.yaml', 'unknown', 'hidden', expect.any(String)],
      ]);
      // One per meeting with a passcode (its run-wide key); none for the standing passcodes, none for f.yaml.
      expect(hashes).toHaveBeenCalledTimes(5);
      expect(hashes.mock.calls.every(([algorithm]) => algorithm === 'sha256')).toBe(true);
    } finally {
      hashes.mockRestore();
    }
  });

  it('refuses a group the rule does not declare for the platform (a rule bug, never a silent pass)', async () => {
    const { defineRule } = await import('../src/engine/define-rule');
    const { runChecks } = await import('../src/engine/run-checks');
    const rule = defineRule({
      id: 'compares-undeclared',
      severity: 'error',
      summary: 's',
      rationale: 'r',
      fix: 'f',
      sources: [],
      history: 'h',
      messages: { own: 'Own.', shared: 'Shared with {others}.' },
      groups: { teams: { id: () => 'x' } },
      check: (_m, { run, pass, fail }) => run.unlessShared('id', (others) => fail('shared', '/id', { others }), pass('own', '/id')),
    });
    const target = { name: 'a.yaml', source: 'file' as const, meeting: meeting('id: 1\n').value };
    expect(() => runChecks([target], [{ rule, severity: 'error', options: {} }])).toThrow('rule compares-undeclared compares zoom targets by "id", which it does not declare in groups.zoom');
  });
});
