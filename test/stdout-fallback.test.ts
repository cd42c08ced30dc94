// When standard output is a file or terminal that turns out to be non-blocking
// (a write fails with EAGAIN), the rest of the report goes through
// process.stdout, in order. The writer reuses one buffer for its batches, so
// what it hands the stream must be a copy: a stream writes later what it is given.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** What reached standard output, in order: bytes written directly, then chunks handed to the stream (as handed, not copied). */
const written: Buffer[] = [];
let direct = 0;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    // Standard output is a regular file (so the writer writes to it directly)...
    fstatSync: ((fd: number, ...rest: unknown[]) =>
      fd === 1 ? { isFIFO: () => false, isSocket: () => false, isCharacterDevice: () => false } : (fs.fstatSync as (...a: unknown[]) => unknown)(fd, ...rest)) as typeof fs.fstatSync,
    // ...that takes 1,000 bytes of the first write, then answers EAGAIN.
    writeSync: ((fd: number, buffer: Buffer, offset?: number) => {
      if (fd !== 1) return (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, offset);
      if (direct++ > 0) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
      const from = offset ?? 0;
      written.push(Buffer.from(buffer.subarray(from, from + 1000)));
      return 1000;
    }) as typeof fs.writeSync,
  };
});

const { writeChunks } = await import('../src/util/stdout');

afterEach(() => vi.restoreAllMocks());

describe('a non-blocking standard output', () => {
  it('gets the rest of the report through process.stdout, whole and in order', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: Buffer) => {
      written.push(chunk); // kept as given: a stream holds on to it until it is written
      return true;
    }) as typeof process.stdout.write);
    // 300 different pieces of 1,000 characters: several batches of the writer's buffer.
    const pieces = Array.from({ length: 300 }, (_, i) => `${i}:`.padEnd(1000, String.fromCharCode(97 + (i % 26))));
    await writeChunks(1, pieces);
    expect(direct).toBe(2);
    expect(written.length).toBeGreaterThan(4);
    expect(Buffer.concat(written).toString()).toBe(pieces.join(''));
  });
});
