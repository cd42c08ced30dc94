// The Zoom client in this process against the emulator on 127.0.0.1, for bounds
// too slow to reach through the CLI with their defaults: the page cap, and a
// label answered only 429 for longer than the wait bound.
import { afterEach, describe, expect, it } from 'vitest';
import { ZoomClient } from '../src/zoom/client';
import { CREDENTIALS, makeMeeting, sampleAccount, type ZoomEmulator } from './helpers/zoom-emulator';

let emulator: ZoomEmulator | undefined;
let client: ZoomClient | undefined;

afterEach(async () => {
  await client?.close();
  await emulator?.stop();
  client = emulator = undefined;
});

async function connect(setup: (e: ZoomEmulator) => void, options: ConstructorParameters<typeof ZoomClient>[1]): Promise<ZoomClient> {
  emulator = sampleAccount({ pageSizeCap: 1 });
  setup(emulator);
  await emulator.start();
  const config = { ...CREDENTIALS, apiBaseUrl: `${emulator.origin}/v2`, tokenUrl: `${emulator.origin}/oauth/token` };
  client = new ZoomClient(config, options);
  return client;
}

describe('ZoomClient bounds', () => {
  it('M9: stops a list at the page cap, naming it', async () => {
    const c = await connect((e) => {
      for (let i = 0; i < 10; i++) e.addMeeting(makeMeeting(73000000000 + i, 'owner'));
    }, { maxPages: 5 });
    await expect(c.listAll('/users/me/meetings', 'meetings')).rejects.toThrow('Zoom: the list /users/me/meetings has more than 5 pages; stopped at the page cap');
    expect(emulator!.apiRequests(/^\/v2\/users\/me\/meetings/)).toBe(5);
    // Within the cap, every page is followed: two users, one a page.
    expect(await c.listAll('/users', 'users')).toHaveLength(2);
  });

  it('L8: once a label has had only 429s for longer than the wait bound, its requests fail without being sent', async () => {
    const c = await connect(
      (e) =>
        e.injectFault({
          path: /^\/v2\/meetings\//,
          status: 429,
          times: 1e9,
          body: { code: 429, message: 'Too many.' },
          headers: { 'X-RateLimit-Category': 'Light', 'X-RateLimit-Type': 'QPS', 'X-RateLimit-Limit': '30' },
        }),
      { maxRetryAfterMs: 1000 },
    );
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => c.get(`/meetings/${74000000000 + i}`)));
    const messages = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'fulfilled'));
    expect(messages).toContain('Zoom API 429 (code 429): Too many. [Light category, QPS, limit 30] (every request of this kind was answered 429 for over 1 s; gave up)');
    expect(messages.every((m) => m.startsWith('Zoom API 429 (code 429): Too many. [Light category, QPS, limit 30] ('))).toBe(true);
    // Sent about a second's worth at a slowing pace, not 40 × 5 tries.
    expect(emulator!.apiRequests(/^\/v2\/meetings\//)).toBeLessThan(40);
    // Other labels are not affected.
    expect(await c.get('/users/owner/settings')).toMatchObject({ schedule_meeting: {} });
  });

  it('L7: an item a list repeats (same id, on one page or the next) is returned once', async () => {
    const c = await connect((e) => {
      e.injectFault({ path: /^\/v2\/users\?/, status: 200, times: 1, body: { next_page_token: 'p2', users: [{ id: 'owner' }, { id: 'owner' }, { id: 'host2' }] } });
      e.injectFault({ path: /^\/v2\/users\?.*next_page_token=p2/, status: 200, times: 1, body: { next_page_token: '', users: [{ id: 'host2' }, { id: 'host3' }, 'junk'] } });
    }, {});
    expect((await c.listAll('/users', 'users')).map((u) => u.id)).toEqual(['owner', 'host2', 'host3']);
  });
});
