// The platform-neutral HTTP core's pieces, alone: the adaptive pacer, rate-limit
// headers, URLs and credentials in messages, the page guard.
import { describe, expect, it } from 'vitest';
import { SharedToken, tokenFor } from '../src/http/shared-token';
import { PaginationError } from '../src/http/errors';
import { PageGuard } from '../src/http/pages';
import { Pacer, type PacerOptions } from '../src/http/pacer';
import { limitNote, parseRetryAfter, rateLimitInfo } from '../src/http/rate-limit';
import { basicCredentialForms, displayOrigin, displayUrl, scrub, userinfoOf } from '../src/http/safe-url';
import { redact } from '../src/util/secrets';

const options = (o: Partial<PacerOptions> = {}): PacerOptions => ({ defaultRate: 10, ceiling: Infinity, floor: 0.5, concurrency: 8, ...o });
const none = {};

describe('Pacer', () => {
  it('never has more requests of one label in flight than its concurrency', async () => {
    const pacer = new Pacer(options({ defaultRate: 1000, concurrency: 3 }));
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const ticket = await pacer.acquire('Light');
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        pacer.release(ticket);
      }),
    );
    expect(peak).toBe(3);
  });

  it('spaces starts by the label\'s rate', async () => {
    const pacer = new Pacer(options({ defaultRate: 50 })); // one start every 20 ms
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const ticket = await pacer.acquire('Light');
        starts.push(ticket.sentAt);
        pacer.release(ticket);
      }),
    );
    starts.sort((a, b) => a - b);
    // 5 gaps of 20 ms; a late timer may shorten the next gap by up to half a slot, so at least 90 ms.
    expect(starts[5]! - starts[0]!).toBeGreaterThanOrEqual(89);
  });

  it('applies a slower pace at once to requests already waiting for their slot', async () => {
    const pacer = new Pacer(options({ defaultRate: 10 })); // a slot every 100 ms
    const tickets = Array.from({ length: 3 }, () => pacer.acquire('Light'));
    const first = await tickets[0]!;
    // A 429 saying the limit is 2 per second: 1.9/s, a slot every 526 ms, for the two already queued too.
    pacer.feedback(first, true, { perSecondLimit: 2 });
    const [second, third] = [await tickets[1]!, await tickets[2]!];
    expect(third.sentAt - first.sentAt).toBeGreaterThanOrEqual(2 * 526 - 263); // the old pace: about 200 ms
    for (const t of [first, second, third]) pacer.release(t);
  });

  it('raises a busy label\'s rate on answers, and not an idle one\'s', () => {
    const pacer = new Pacer(options());
    const busy = { label: 'Light', sentAt: Date.now(), paced: true };
    for (let i = 0; i < 10; i++) pacer.feedback(busy, false, none);
    expect(pacer.rate('Light')).toBe(20); // slow start: +1 per answer
    const idle = { label: 'Medium', sentAt: Date.now(), paced: false };
    for (let i = 0; i < 10; i++) pacer.feedback(idle, false, none);
    expect(pacer.rate('Medium')).toBe(10);
  });

  it('slows only the label that met a 429, once per burst, then grows additively', () => {
    const pacer = new Pacer(options());
    const sent = Date.now() - 5;
    for (let i = 0; i < 3; i++) pacer.feedback({ label: 'Light', sentAt: sent, paced: true }, true, none);
    expect(pacer.rate('Light')).toBe(8); // ×0.8 once: the other two were sent before the decrease
    expect(pacer.rate('Medium')).toBe(10);
    pacer.feedback({ label: 'Light', sentAt: Date.now() + 1, paced: true }, false, none);
    expect(pacer.rate('Light')).toBeCloseTo(8 + 4 / 8); // additive: 4 per second per second, spread over the answers
  });

  it('keeps under a per-second X-RateLimit-Limit and the user\'s ceiling', () => {
    const pacer = new Pacer(options({ defaultRate: 40 }));
    pacer.feedback({ label: 'Light', sentAt: Date.now(), paced: true }, false, rateLimitInfo({ 'x-ratelimit-type': 'QPS', 'x-ratelimit-limit': '30' }));
    expect(pacer.rate('Light')).toBe(28.5);
    // A daily quota is no pace.
    pacer.feedback({ label: 'Medium', sentAt: Date.now(), paced: false }, false, rateLimitInfo({ 'x-ratelimit-type': 'Daily-limit', 'x-ratelimit-limit': '6' }));
    expect(pacer.rate('Medium')).toBe(40);
    const capped = new Pacer(options({ defaultRate: 10, ceiling: 3 }));
    expect(capped.rate('Light')).toBe(3);
    for (let i = 0; i < 10; i++) capped.feedback({ label: 'Light', sentAt: Date.now(), paced: true }, false, none);
    expect(capped.rate('Light')).toBe(3);
  });

  it('holds a label whose window is spent until X-RateLimit-Reset, and only that label', async () => {
    const pacer = new Pacer(options({ defaultRate: 1000 }));
    pacer.feedback({ label: 'Light', sentAt: Date.now(), paced: false }, false, { remaining: 0, resetAt: Date.now() + 150 });
    const started = Date.now();
    const other = await pacer.acquire('Medium');
    expect(Date.now() - started).toBeLessThan(50);
    const held = await pacer.acquire('Light');
    expect(held.sentAt - started).toBeGreaterThanOrEqual(140);
    pacer.release(other);
    pacer.release(held);
  });

  it('tells how long a label has been answered only 429', () => {
    const pacer = new Pacer(options());
    pacer.feedback({ label: 'Light', sentAt: 0, paced: false }, true, none);
    expect(pacer.limitedFor('Light', Date.now() + 1000)).toBeGreaterThanOrEqual(1000);
    pacer.feedback({ label: 'Light', sentAt: 0, paced: false }, false, none);
    expect(pacer.limitedFor('Light')).toBe(0);
  });
});

describe('rate-limit headers', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('2026-11-26T10:00:30Z', now)).toBe(30_000);
    expect(parseRetryAfter('2026-11-26T09:00:00Z', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('reads X-RateLimit-* and names the limit, quoting only printable text', () => {
    const info = rateLimitInfo({ 'x-ratelimit-category': 'Light\r\n::error::x', 'x-ratelimit-type': 'QPS', 'x-ratelimit-limit': '30', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }, now);
    expect(info).toMatchObject({ perSecondLimit: 30, remaining: 0, resetAt: now + 2000, type: 'QPS' });
    expect(limitNote(info)).toBe(' [Light??::error::x category, QPS, limit 30]');
    expect(limitNote(rateLimitInfo({}))).toBe('');
  });
});

describe('URLs and credentials in messages', () => {
  it('drops user information from URLs', () => {
    expect(displayUrl('https://proxyuser:PROXY-PASSWORD@127.0.0.1:9/oauth/token')).toBe('https://127.0.0.1:9/oauth/token');
    expect(displayOrigin('https://u:p@zoom.example:8443/v2/x')).toBe('https://zoom.example:8443');
    expect(displayUrl('not a url://a:b@c')).not.toContain('a:b');
    expect(userinfoOf('https://proxyuser:PROXY%2DPW@h/x', undefined)).toEqual(['proxyuser', 'proxyuser', 'PROXY%2DPW', 'PROXY-PW']);
  });

  it('scrubs a client secret in every form a token endpoint could echo', () => {
    const forms = basicCredentialForms('cid', 'CLIENT-SECRET-xyz789');
    const b64 = Buffer.from('cid:CLIENT-SECRET-xyz789').toString('base64');
    const text = scrub(`bad secret Basic ${b64} for cid:CLIENT-SECRET-xyz789 (CLIENT-SECRET-xyz789) ${b64.replace(/=+$/, '')}`, forms);
    expect(text).toBe('bad secret Basic [redacted] for [redacted] ([redacted]) [redacted]');
    expect(scrub('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x', [])).toBe('Authorization: Bearer [redacted]');
    expect(scrub('Basic authentication required', [])).toBe('Basic authentication required');
  });

  it('redacts longest first, and leaves text alone for a value too short to be a credential', () => {
    // A shorter secret inside a longer one must not leave the longer one's rest behind, in whatever order they come.
    expect(scrub('token abcdef-123 here', ['abc', 'abcdef-123'])).toBe('token [redacted] here');
    expect(redact('token abcdef-123 here', ['abc', 'abcdef-123'])).toBe('token [redacted] here');
    expect(scrub('a secret of three: abc', ['abc'])).toBe('a secret of three: [redacted]');
    // A test set-up's MS_CLIENT_SECRET=s once printed "Micro[redacted]oft Graph ... (tried 5 time[redacted])".
    expect(scrub('Microsoft Graph: could not reach http://127.0.0.1:9 (ECONNREFUSED) (tried 5 times)', ['s', 'c:s', 'ab', ''])).toBe(
      'Microsoft Graph: could not reach http://127.0.0.1:9 (ECONNREFUSED) (tried 5 times)',
    );
  });
});

describe('PageGuard', () => {
  it('follows new tokens, stops on an empty one', () => {
    const guard = new PageGuard('/users', 10);
    expect(guard.next('a')).toBe(true);
    expect(guard.next('b')).toBe(true);
    expect(guard.next('')).toBe(false);
  });

  it('stops on a repeated token and at the page cap, saying which', () => {
    const loop = new PageGuard('/users/me/meetings');
    loop.next('again');
    expect(() => loop.next('again')).toThrow(new PaginationError('the list /users/me/meetings repeated a page token after 2 pages; stopped (the server\'s pagination is broken)'));
    const many = new PageGuard('/users', 3);
    many.next('1');
    many.next('2');
    expect(() => many.next('3')).toThrow(new PaginationError('the list /users has more than 3 pages; stopped at the page cap'));
  });
});

describe('SharedToken', () => {
  it('asks once for concurrent callers, again only after a refusal of the token in use', async () => {
    let asked = 0;
    const token = new SharedToken(async () => tokenFor(`t${++asked}`, 3600));
    const [a, b] = await Promise.all([token.get(), token.get()]);
    expect([a.value, b.value, asked]).toEqual(['t1', 't1', 1]);
    token.refused('t0'); // a stale value: the token in use stays
    expect((await token.get()).value).toBe('t1');
    token.refused('t1');
    expect([(await token.get()).value, asked, token.current]).toEqual(['t2', 2, 't2']);
  });

  it('renews a token a minute before it lapses, or at 90 % of a short lifetime', () => {
    const now = Date.now();
    expect(tokenFor('x', 3600).expiresAt - now).toBeGreaterThanOrEqual(3540_000 - 50);
    expect(tokenFor('x', 3600).expiresAt - now).toBeLessThanOrEqual(3540_000 + 50);
    expect(tokenFor('x', 100).expiresAt - now).toBeLessThanOrEqual(90_000 + 50);
    expect(tokenFor('x', 100).expiresAt - now).toBeGreaterThanOrEqual(90_000 - 50);
  });
});
