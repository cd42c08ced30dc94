// Reading a response body once, with a byte cap enforced while it streams: a
// server cannot make us hold more than the cap, and an oversize body is dropped
// as soon as it passes it.
import { HttpFailure } from './errors';

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes.toLocaleString('en')} bytes`;
}

interface Body extends AsyncIterable<Buffer | Uint8Array> {
  destroy(error?: Error): unknown;
}

export async function readCapped(body: Body, maxBytes: number, contentLength: string | string[] | undefined, origin: string): Promise<string> {
  const tooLarge = () => new HttpFailure('too-large', `the response from ${origin} is larger than ${sizeText(maxBytes)}; not read`);
  const declared = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}
