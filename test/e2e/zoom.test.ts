// The built CLI against the Zoom emulator on 127.0.0.1: verdicts, errors,
// token refresh, retries, pagination, rate limits, export, and secrets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync, STACK_TRACE, tempProject } from '../helpers/cli';
import { ALL_SCOPES, makeMeeting, type ZoomEmulator } from '../helpers/zoom-emulator';
import { zoomSession } from '../helpers/zoom-session';

const MEDIATION = 'fixtures/compliant-meeting.yaml';

const session = zoomSession();
const emulator = session.emulator;
const cli = (e: ZoomEmulator, args: string[], env: Record<string, string> = {}) => session.cli(e, args, { env });

const statuses = (target: { checks: { rule: string; status: string }[] }) => Object.fromEntries(target.checks.map((c) => [c.rule, c.status]));

describe('mediate-check zoom', () => {
  it('checks an API meeting with its host settings and a mediation block: all pass', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '--mediation', MEDIATION, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [target] = JSON.parse(r.stdout).targets;
    expect(target).toMatchObject({ target: 'zoom:meeting/85746065432', source: 'zoom', score: 100, verdict: 'pass', error: null });
    expect(target.checks[3]).toEqual({
      rule: 'no-waiting-room',
      severity: 'error',
      status: 'pass',
      messageId: 'off',
      message: 'The waiting room is off.',
      pointer: '/settings/waiting_room',
      // The sample account and the host's group leave the waiting room unlocked.
      evidence: [{ pointer: '/settings/waiting_room', level: 'meeting', locked: false }],
    });
    // One token, the meeting, the host's settings three times (defaults, meeting_security, meeting_authentication), the account's
    // settings and lock settings (each twice), the host's groups, and its one group's lock settings (twice).
    expect(e.tokenRequests).toBe(1);
    expect(e.log[0]!.path).toBe('/oauth/token');
    expect(e.log.map((l) => l.path).sort()).toEqual([
      '/oauth/token',
      '/v2/accounts/me/lock_settings',
      '/v2/accounts/me/lock_settings?option=meeting_security',
      '/v2/accounts/me/settings',
      '/v2/accounts/me/settings?option=meeting_security',
      '/v2/groups/grpLegal/lock_settings',
      '/v2/groups/grpLegal/lock_settings?option=meeting_security',
      '/v2/meetings/85746065432',
      '/v2/users/owner',
      '/v2/users/owner/settings',
      '/v2/users/owner/settings?option=meeting_authentication',
      '/v2/users/owner/settings?option=meeting_security',
    ]);
  });

  it('leaves what the API does not hold unknown, never passed', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json']);
    expect(r.code).toBe(0);
    const [target] = JSON.parse(r.stdout).targets;
    expect(target.verdict).toBe('incomplete');
    expect(statuses(target)).toEqual({
      'unique-meeting-id': 'pass',
      'passcode-required': 'pass',
      'passcode-not-in-link': 'pass',
      'no-waiting-room': 'pass',
      'lock-after-join': 'unknown',
      'private-network': 'unknown',
      'client-version': 'unknown', // browser link off, but no minimum version
      'no-auto-recording': 'pass',
      'agreement-clauses': 'unknown',
    });
  });

  it('fails a risky API meeting with exit 1', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '6589310093', '-f', 'json']);
    expect(r.code).toBe(1);
    const [target] = JSON.parse(r.stdout).targets;
    expect(statuses(target)).toMatchObject({ 'unique-meeting-id': 'fail', 'passcode-not-in-link': 'fail', 'no-waiting-room': 'fail', 'no-auto-recording': 'fail' });
    const pretty = await cli(e, ['zoom', '6589310093']);
    expect(pretty.stdout).toContain('zoom:meeting/6589310093 · score');
    expect(pretty.stdout).toContain('at zoom:meeting/6589310093 /settings/waiting_room');
  });

  it('reports a missing meeting as that target\'s error and still checks the others', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '99999999999', '6589310093', '-f', 'json', '--mediation', MEDIATION]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { target: string; verdict: string }) => `${t.target} ${t.verdict}`)).toEqual([
      'zoom:meeting/85746065432 pass',
      'zoom:meeting/99999999999 error',
      'zoom:meeting/6589310093 fail',
    ]);
    expect(report.targets[1].error).toEqual({ message: 'Zoom API 404 (code 3001): Meeting does not exist: 99999999999.' });
    expect(r.stderr).toBe('mediate-check: zoom:meeting/99999999999: Zoom API 404 (code 3001): Meeting does not exist: 99999999999.\n');
  });

  it('pays for a token that expires mid-run with exactly one more token request', async () => {
    const e = await emulator({ expireTokensAfter: 3 }, (x) => {
      for (let i = 0; i < 12; i++) x.addMeeting(makeMeeting(70000000000 + i, 'owner'));
    });
    const r = await cli(e, ['zoom', '--user', 'me', '-f', 'json', '--concurrency', '6', '--rate', '100']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary).toMatchObject({ targets: 13, errored: 0 });
    expect(e.tokenRequests).toBe(2);
    expect(e.log.filter((l) => l.status === 401).length).toBeGreaterThan(0);
  });

  it('retries a 429 and a 503, and the meetings are still checked', async () => {
    const e = await emulator({}, (x) => {
      x.injectFault({
        path: /^\/v2\/meetings\/85746065432$/,
        status: 429,
        times: 1,
        body: { code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' },
        headers: { 'X-RateLimit-Category': 'Light', 'X-RateLimit-Type': 'QPS', 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '0', 'Retry-After': '1' },
      });
      x.injectFault({ path: /^\/v2\/meetings\/6589310093$/, status: 503, times: 2 });
    });
    const started = Date.now();
    const r = await cli(e, ['zoom', '85746065432', '6589310093', '-f', 'json']);
    expect(r.code).toBe(1); // checked: the PMI meeting fails its rules
    expect(JSON.parse(r.stdout).summary).toMatchObject({ targets: 2, errored: 0 });
    expect(e.log.filter((l) => l.status === 429)).toHaveLength(1);
    expect(e.log.filter((l) => l.status === 503)).toHaveLength(2);
    expect(e.apiRequests(/^\/v2\/meetings\//)).toBe(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // Retry-After: 1 was honoured
  });

  it('retries a request that times out', async () => {
    const e = await emulator({}, (x) => x.injectFault({ path: /^\/v2\/meetings\/85746065432$/, status: 0, delayMs: 3000, times: 1 }));
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json', '--timeout', '0.5']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ targets: 1, errored: 0 });
    // Asked twice; answered once: the first answer came too late and was dropped by the client.
    expect(e.received.filter((p) => p === '/v2/meetings/85746065432')).toHaveLength(2);
    expect(e.apiRequests(/^\/v2\/meetings\/85746065432$/)).toBe(1);
  });

  it('gives up after the retries with Zoom\'s code and the limit that was hit', async () => {
    const e = await emulator({}, (x) => {
      x.injectFault({ path: /^\/v2\/meetings\/85746065432$/, status: 500, times: 99, body: { code: 500, message: 'Internal error.' } });
      x.injectFault({
        path: /^\/v2\/meetings\/6589310093$/,
        status: 429,
        times: 99,
        body: { code: 429, message: 'You have exceeded the daily rate limit.' },
        headers: { 'X-RateLimit-Category': 'Light', 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': '2099-01-01T00:00:00Z' },
      });
    });
    const r = await cli(e, ['zoom', '85746065432', '6589310093', '-f', 'json']);
    expect(r.code).toBe(2);
    const [first, second] = JSON.parse(r.stdout).targets;
    expect(first.error.message).toBe('Zoom API 500 (code 500): Internal error.');
    expect(e.apiRequests(/^\/v2\/meetings\/85746065432$/)).toBe(5); // 1 + 4 retries
    expect(second.error.message).toBe(
      'Zoom API 429 (code 429): You have exceeded the daily rate limit. [Light category, Daily-limit] (Zoom allows requests again after 2099-01-01T00:00:00Z)',
    );
    expect(e.apiRequests(/^\/v2\/meetings\/6589310093$/)).toBe(1); // a daily limit is not waited out
  });

  it('follows next_page_token through a user\'s meetings, and checks templates', async () => {
    const e = await emulator({ pageSizeCap: 3 }, (x) => {
      for (let i = 0; i < 7; i++) x.addMeeting(makeMeeting(71000000000 + i, 'owner'));
    });
    const r = await cli(e, ['zoom', '--user', 'me', '--templates', '-f', 'json']);
    expect(r.code).toBe(0); // the template holds no passcode, but its host's meeting_password requires one
    const report = JSON.parse(r.stdout);
    expect(report.targets).toHaveLength(9);
    expect(report.targets[0].target).toBe('zoom:meeting/85746065432');
    expect(e.apiRequests(/^\/v2\/users\/me\/meetings/)).toBe(3);
    const template = report.targets[8];
    expect(template.target).toBe('zoom:template/emuTpl001');
    expect(statuses(template)).toMatchObject({ 'no-waiting-room': 'pass', 'no-auto-recording': 'pass', 'unique-meeting-id': 'unknown', 'passcode-required': 'pass' });
    // Host settings fetched once for the owner (three answers), however many meetings.
    expect(e.apiRequests(/^\/v2\/users\/owner\/settings/)).toBe(3);
  });

  it("checks a template with its own in-meeting settings over the host's", async () => {
    const e = await emulator({}, (x) => {
      (x.users.get('owner')!.settings.in_meeting as Record<string, unknown>).who_can_share_screen = 'all';
    });
    const r = await cli(e, ['zoom', '--templates', '--profile', 'current', '-f', 'json']);
    const template = JSON.parse(r.stdout).targets.find((t: { target: string }) => t.target === 'zoom:template/emuTpl001');
    expect(statuses(template)['screen-share-host-only']).toBe('pass'); // the template says host; the host's default says all
    const meeting = JSON.parse((await cli(e, ['zoom', '85746065432', '--profile', 'current', '-f', 'json'])).stdout).targets[0];
    expect(statuses(meeting)['screen-share-host-only']).toBe('fail'); // a meeting follows the host's setting
  });

  it('audits every user of the account', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '--all-users', '-f', 'json']);
    const names = JSON.parse(r.stdout).targets.map((t: { target: string }) => t.target);
    expect(names).toEqual(['zoom:meeting/85746065432', 'zoom:meeting/6589310093']);
    expect(r.code).toBe(1);
  });

  it('reports an unknown user as an error target', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '--user', 'nobody@example.com', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ target: 'zoom:user/nobody@example.com', error: { message: 'Zoom API 404 (code 1001): User does not exist: nobody@example.com.' } });
  });

  it('names the missing scope', async () => {
    const e = await emulator({ scopes: ALL_SCOPES.filter((s) => s !== 'user:read:settings:admin' && s !== 'user:read:admin') });
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0].error.message).toContain('Zoom API 400 (code 4711): Invalid access token, does not contain scopes:[user:read:settings:admin]. (the app lacks a scope');
  });

  it('says once, naming the variables, when the credentials are wrong or missing', async () => {
    const e = await emulator();
    const wrong = await cli(e, ['zoom', '85746065432'], { ZOOM_CLIENT_SECRET: 'not-the-secret-42' });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(
      'mediate-check: Zoom refused the credentials (invalid_client: Invalid client_id or client_secret); check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET\n',
    );
    expect(wrong.stderr).not.toContain('not-the-secret-42');
    const missing = await runCliAsync(['zoom', '85746065432'], { env: { ZOOM_ACCOUNT_ID: 'x' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Zoom credentials missing: set ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET');
    expect(e.apiRequests()).toBe(0);
  });

  it('reports an unreachable API per target, after retries, without a stack trace', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json'], { ZOOM_API_BASE_URL: 'http://127.0.0.1:9/v2' });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0].error.message).toBe('could not reach Zoom at http://127.0.0.1:9 (ECONNREFUSED)');
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it('keeps to the rate limit: 200 meetings under 20 requests per second', async () => {
    const e = await emulator({ rateLimit: 20 }, (x) => {
      x.meetings.clear();
      for (let i = 0; i < 200; i++) x.addMeeting(makeMeeting(72000000000 + i, 'owner'));
    });
    const started = Date.now();
    const r = await cli(e, ['zoom', '--user', 'me', '-f', 'json', '--rate', '20']);
    const seconds = (Date.now() - started) / 1000;
    expect(JSON.parse(r.stdout).summary).toMatchObject({ targets: 200, errored: 0 });
    // 210 API requests at 20/s (203, and once per run the account's 4, the host's profile, its group's 2):
    // a floor of about 10 s. Generous bounds; npm run bench measures precisely.
    expect(e.apiRequests()).toBeLessThan(210 + 10);
    expect(e.rateLimited).toBeLessThanOrEqual(5);
    expect(seconds).toBeGreaterThan(9);
    expect(seconds).toBeLessThan(16);
  }, 40_000);
});

describe('mediate-check export', () => {
  it('writes a meeting file without secrets that checks the same way', async () => {
    const e = await emulator();
    const exported = await cli(e, ['export', '6589310093']);
    expect(exported.code).toBe(0);
    const text = exported.stdout;
    expect(text).toMatch(/^# Exported from Zoom \(meeting 6589310093\) by mediate-check/);
    expect(text).toContain('password: (set in Zoom; removed on export)');
    expect(text).toContain('join_url: https://example.zoom.us/j/6589310093?pwd=removed');
    expect(text).toContain('join_url: https://example.zoom.us/j/6589310093?tk=removed');
    for (const key of ['start_url', 'encrypted_password', 'h323_password', 'pstn_password', 'default_password_for_scheduled_meetings']) expect(text).not.toContain(key);
    expect(text).toContain('embed_password_in_join_link: true');

    const dir = tempProject({ 'm.yaml': text });
    const fromFile = JSON.parse((await runCliAsync(['m.yaml', '-f', 'json'], { cwd: dir })).stdout).targets[0];
    const fromApi = JSON.parse((await cli(e, ['zoom', '6589310093', '-f', 'json'])).stdout).targets[0];
    expect(statuses(fromFile)).toEqual(statuses(fromApi));
  });

  it('exports templates into a folder', async () => {
    const e = await emulator();
    const dir = tempProject();
    const r = await cli(e, ['export', '85746065432', '--templates', '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['meeting-85746065432.yaml', 'template-emuTpl001.yaml']);
    expect(readFileSync(path.join(dir, 'template-emuTpl001.yaml'), 'utf8')).toContain('template_id: emuTpl001');
    const several = await cli(e, ['export', '85746065432', '--templates']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('2 documents to export: name a folder with -o <folder>');
  });
});
