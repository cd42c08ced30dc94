// Reads one target's bytes and hands the text to the parser.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { LoadedTarget } from '../engine/run-checks';
import type { TargetSpec } from './expand-paths';
import { passOverNonMeeting } from './meeting-shape';
import { parseAnyMeeting } from './parse-meeting';
import type { RunProblem } from './run-problem';

/** A target as read; `passedOver`: a file a folder search found that is not a meeting (a notice of the run, not a target). */
export type ReadTarget = LoadedTarget & { passedOver?: RunProblem };

/**
 * The bytes as text without a leading byte-order mark, or undefined when they are
 * not UTF-8. Buffer's own check and decoder, not a TextDecoder: the first
 * TextDecoder costs a one-file check about 0.2 ms.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const tooLarge = (size: number, maxBytes: number) => ({
  message: `is ${size} bytes, above the limit of ${maxBytes} bytes (see --max-file-size)`,
});

export function loadText(spec: TargetSpec, bytes: Uint8Array, maxBytes: number): ReadTarget {
  const base = spec.kind === 'stdin' ? { name: spec.name, source: 'stdin' as const } : { name: spec.name, source: 'file' as const, file: spec.file };
  if (bytes.byteLength > maxBytes) {
    return { ...base, error: tooLarge(bytes.byteLength, maxBytes) };
  }
  const text = utf8Text(bytes);
  if (text === undefined) return { ...base, error: { message: 'is not UTF-8 text' } };
  if (text.includes('\u0000')) return { ...base, error: { message: 'is binary data, not a meeting file' } };
  let parsed;
  try {
    parsed = parseAnyMeeting(text, spec.kind === 'file' && spec.searched ? passOverNonMeeting : undefined);
  } catch (error) {
    // Whatever the parser or validator throws, it is this target's error, not the run's.
    return { ...base, error: { message: `could not be read as a meeting file (${error instanceof Error ? error.name : 'error'})` } };
  }
  if (!parsed.ok && parsed.passedOver !== undefined) return { ...base, error: parsed.error, passedOver: { level: 'notice', path: spec.name, message: parsed.passedOver } };
  if (!parsed.ok) return { ...base, error: parsed.error, ...(parsed.platform !== undefined && parsed.platform !== 'zoom' && { platform: parsed.platform }) };
  // The document under its platform's name (src/engine/run-checks.ts LoadedTarget).
  const { platform, meeting } = parsed.value;
  return { ...base, [platform === 'zoom' ? 'meeting' : platform]: meeting, locate: parsed.locate };
}

export function readFileTarget(spec: Extract<TargetSpec, { kind: 'file' }>, maxBytes: number): ReadTarget {
  const base = { name: spec.name, source: 'file' as const, file: spec.file };
  try {
    const bytes = readRegularFile(spec.file, maxBytes);
    if ('refused' in bytes) return { ...base, error: bytes.refused === 'not-regular' ? { message: 'is not a regular file; not read' } : tooLarge(bytes.size, maxBytes) };
    if (bytes.byteLength > maxBytes) return { ...base, error: tooLarge(bytes.byteLength, maxBytes) };
    return loadText(spec, bytes, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ...base, error: { message: `could not be read (${code ?? 'I/O error'})` } };
  }
}

/**
 * A regular file's bytes, read from one descriptor (what was checked is what is
 * read), at most `maxBytes + 1` of them (more means the file grew); or why it is not read. Opening does not
 * wait on a named pipe.
 */
export function readRegularFile(file: string, maxBytes: number): Uint8Array | { refused: 'not-regular' | 'too-large'; size: number } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: 'not-regular', size: 0 };
    if (stats.size > maxBytes) return { refused: 'too-large', size: stats.size };
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    chunks.push(chunk as Buffer);
    if (total > maxBytes) break; // enough to know it is too large
  }
  return Buffer.concat(chunks);
}
