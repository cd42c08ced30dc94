// Pieces of the Zoom source that are easier to pin down alone than through the CLI.
import { describe, expect, it } from 'vitest';
import { retryAfter } from '../src/zoom/client';
import { hostSettingsFrom, meetingFromTemplate, withoutSecrets, zoomTarget } from '../src/zoom/map-meeting';
import { RateLimiter } from '../src/zoom/rate-limiter';

describe('retryAfter', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it('reads seconds and dates, else backs off exponentially with jitter', () => {
    expect(retryAfter({ 'retry-after': '2' }, 0, now)).toBe(2000);
    expect(retryAfter({ 'retry-after': '2026-11-26T10:00:30Z' }, 0, now)).toBe(30_000);
    expect(retryAfter({ 'retry-after': '2026-11-26T09:00:00Z' }, 0, now)).toBe(0);
    const backoff = retryAfter({}, 2, now);
    expect(backoff).toBeGreaterThanOrEqual(3000);
    expect(backoff).toBeLessThanOrEqual(5000);
  });
});

describe('mapping API objects', () => {
  it('drops every secret text value, at any depth, and keeps booleans of the same name', () => {
    const cleaned = withoutSecrets({
      password: 'x1',
      start_url: 'https://z/s/1?zak=t',
      settings: { pmi_password: 'p', meeting_password: true, list: [{ encrypted_password: 'e', keep: 1 }] },
    });
    expect(cleaned).toEqual({ settings: { meeting_password: true, list: [{ keep: 1 }] } });
  });

  it('keeps only what rules read in the model: no start URL, no passcode copies', () => {
    const target = zoomTarget('zoom:meeting/1', { id: 1, type: 2, start_url: 'https://z/s/1?zak=t', h323_password: '557201', password: 'pw' });
    expect(target.meeting).toEqual({ id: 1, type: 2, password: 'pw' });
  });

  it('takes the host groups the rules read, without secrets', () => {
    const host = hostSettingsFrom(
      { schedule_meeting: { embed_password_in_join_link: true, pmi_password: 'secret' }, in_meeting: { show_a_join_from_your_browser_link: false }, feature: { x: 1 } },
      { meeting_security: { embed_password_in_join_link: false } },
    );
    expect(host).toEqual({
      schedule_meeting: { embed_password_in_join_link: true },
      in_meeting: { show_a_join_from_your_browser_link: false },
      meeting_security: { embed_password_in_join_link: false },
    });
  });

  it('moves template settings to where a meeting holds them', () => {
    const host = { in_meeting: { who_can_share_screen: 'all', show_a_join_from_your_browser_link: false }, meeting_security: { embed_password_in_join_link: true } };
    const meeting = meetingFromTemplate(
      {
        id: 'T1',
        name: 'Locked',
        settings: {
          meeting_security: { waiting_room: true },
          recording: { auto_recording: 'local' },
          in_meeting: { breakout_room: false, who_can_share_screen: 'host' },
        },
      },
      host,
    );
    expect(meeting).toMatchObject({ template_id: 'T1', topic: 'Locked', settings: { waiting_room: true, auto_recording: 'local', breakout_room: { enable: false } } });
    // The template's in-meeting settings win over the host's; the rest of the host's settings stay.
    expect(meeting.host_settings).toEqual({
      in_meeting: { who_can_share_screen: 'host', show_a_join_from_your_browser_link: false, breakout_room: false },
      meeting_security: { embed_password_in_join_link: true },
    });
    expect(meetingFromTemplate({ id: 'T2', name: 'Empty' }, {}).settings).toEqual({});
  });
});

describe('RateLimiter', () => {
  it('never has more tasks in flight than its concurrency', async () => {
    const limiter = new RateLimiter(1000, 3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        limiter.run(async () => {
          peak = Math.max(peak, ++active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('spaces starts by the rate', async () => {
    const limiter = new RateLimiter(50, 10); // one start every 20 ms
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => limiter.run(async () => void starts.push(Date.now()))));
    // 5 gaps of 20 ms: the last start at least 100 ms after the first (timers only ever fire late).
    expect(starts[5]! - starts[0]!).toBeGreaterThanOrEqual(95);
  });
});
