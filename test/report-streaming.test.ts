// L4: every format is written target by target, and the writer honours
// back-pressure. 100,000 small targets (built in memory) through the formatter
// and the writer give valid output; no piece is a huge string.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult, TargetResult } from '../src/engine/run-checks';
import { buildReport } from '../src/report/report';
import { loadFormatter, type FormatInput, type FormatName } from '../src/report/formats';
import { writeChunks, writeToStream } from '../src/util/stdout';

const dir = mkdtempSync(path.join(tmpdir(), 'mediate-check-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TARGETS = 100_000;
const RULES = [
  { id: 'no-waiting-room', severity: 'error' as const },
  { id: 'lock-after-join', severity: 'error' as const },
];
const rules = new Map(RULES.map(({ id }) => [id, { id, fix: 'Fix it.', summary: 's', rationale: 'r', sources: [], history: 'h' }]));

function input(targets = TARGETS): FormatInput {
  const check = (rule: string, status: CheckResult['status']): CheckResult => ({ rule, severity: 'error', status, messageId: 'm', message: `${rule} is ${status}`, pointer: '/settings/waiting_room', line: 2, column: 3 });
  const results: TargetResult[] = Array.from({ length: targets }, (_, i) => ({
    target: `t/${i}.yaml`,
    source: 'file', platform: 'zoom',
    // One finding per target (and a pass), so the log stays near 90 MB.
    checks: [check('no-waiting-room', i % 2 ? 'fail' : 'unknown'), check('lock-after-join', 'pass')],
    error: null,
  }));
  const report = buildReport(results, 'proper-use', [], { problems: [{ message: 'no such file or folder', path: 'gone.yaml', level: 'error' }] });
  return { report, rules: rules as never, enabled: RULES, colour: false, failOn: 'error', exitCode: report.summary.exitCode, env: {} };
}

async function write(format: FormatName, targets = TARGETS): Promise<{ text: string; pieces: number; longest: number }> {
  const formatter = await loadFormatter(format);
  const output = await formatter(input(targets));
  let pieces = 0;
  let longest = 0;
  function* counted() {
    for (const piece of typeof output === 'string' ? [output] : output) {
      pieces++;
      longest = Math.max(longest, piece.length);
      yield piece;
    }
  }
  const file = path.join(dir, `report.${format}`);
  await writeChunks(openSync(file, 'w'), counted(), file);
  return { text: readFileSync(file, 'utf8'), pieces, longest };
}

describe('formats at 100,000 targets', () => {
  it('sarif: completes, is valid JSON with every result, and comes in small pieces', async () => {
    const { text, pieces, longest } = await write('sarif');
    expect(pieces).toBeGreaterThan(TARGETS);
    expect(longest).toBeLessThan(64 * 1024);
    const run = JSON.parse(text).runs[0];
    expect(run.results).toHaveLength(TARGETS);
    expect(run.results.at(-2)).toMatchObject({ level: 'note', kind: 'fail', properties: { status: 'unknown' } });
    expect(run.results.at(-1).locations[0].physicalLocation.artifactLocation.uri).toBe(`t/${TARGETS - 1}.yaml`);
    expect(run.invocations[0]).toMatchObject({ exitCode: 2, executionSuccessful: false });
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1);
  }, 60_000);

  it('json: completes, is valid JSON with every target, and comes in small pieces', async () => {
    const { text, pieces, longest } = await write('json');
    expect(pieces).toBeGreaterThan(TARGETS);
    expect(longest).toBeLessThan(64 * 1024);
    const report = JSON.parse(text);
    expect(report.targets).toHaveLength(TARGETS);
    expect(report.problems).toHaveLength(1);
  }, 60_000);

  it('junit, github and pretty stream too (20,000 targets)', async () => {
    for (const format of ['junit', 'github', 'pretty'] as const) {
      const { text, pieces, longest } = await write(format, 20_000);
      expect(pieces, format).toBeGreaterThan(20_000);
      expect(longest, format).toBeLessThan(64 * 1024);
      expect(text.length, format).toBeGreaterThan(20_000 * 20);
    }
  }, 60_000);
});

describe('the writer', () => {
  it('waits for a slow stream to drain: what is queued stays bounded, whatever the report size', async () => {
    let queuedMax = 0;
    let received = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setImmediate(done); // a reader that takes its time
      },
    });
    const pieces = function* () {
      for (let i = 0; i < 20_000; i++) {
        queuedMax = Math.max(queuedMax, slow.writableLength);
        yield 'x'.repeat(100) + '\n';
      }
    };
    await writeToStream(slow, pieces());
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received).toBe(20_000 * 101);
    // One batch (about 64 KiB) at most beyond the stream's own buffer, not the 2 MB of the whole report.
    expect(queuedMax).toBeLessThan(64 * 1024 + 101 + 16 * 1024);
  });

  it('encodes each piece as it comes: the pieces of a batch are not kept until the batch is full', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapUsed = () => {
      gc();
      return getHeapStatistics().used_heap_size;
    };
    // 20 pieces of 3,000 two-byte characters: 120 KB on the heap, under one 64 K batch as characters.
    // Made by join, each a flat string of its own (repeat would share one small tree).
    const piece = (i: number) => Array.from({ length: 3_000 }, (_, k) => String.fromCharCode(0x100 + ((i + k) % 200))).join('');
    const expected = Array.from({ length: 20 }, (_, i) => piece(i)).join('');
    const keptWhileWriting = async (run: number) => {
      let kept = Number.NaN;
      function* pieces() {
        const before = heapUsed();
        for (let i = 0; i < 20; i++) yield piece(i);
        kept = heapUsed() - before;
      }
      const file = path.join(dir, `pieces-${run}.txt`);
      await writeChunks(openSync(file, 'w'), pieces(), file);
      expect(readFileSync(file, 'utf8')).toBe(expected);
      return kept;
    };
    // The heap also grows by what the engine compiles while the pieces are written
    // (up to 80 KB seen on a loaded CI machine): a first run warms the code up, and the
    // least of three runs is what the writer itself keeps.
    await keptWhileWriting(0);
    const kept = Math.min(await keptWhileWriting(1), await keptWhileWriting(2), await keptWhileWriting(3));
    // Joined into one string, all 120 KB stayed alive (and, in a batch run, were promoted to the old generation).
    expect(kept).toBeLessThan(30 * 1024);
  });

  it('loops over partial writes to a file and closes it', async () => {
    const file = path.join(dir, 'big.txt');
    const fd = openSync(file, 'w');
    await writeChunks(fd, ['a'.repeat(3_000_000), 'é'.repeat(100_000)], file);
    expect(readFileSync(file, 'utf8')).toBe('a'.repeat(3_000_000) + 'é'.repeat(100_000));
    expect(() => closeSync(fd)).toThrow(); // already closed
  });
});
