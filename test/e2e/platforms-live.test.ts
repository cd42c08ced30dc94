// The built CLI against the Graph and Webex emulators on 127.0.0.1: teams and
// webex commands (pass, fail and unknown live), the lookups, error shapes, 429
// with Retry-After, Link pagination, the access-policy message, export, secrets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCliAsync, STACK_TRACE, tempProject, type CliResult } from '../helpers/cli';
import { GRAPH_CREDENTIALS, GraphEmulator, WEBEX_TOKEN, WebexEmulator } from '../helpers/platform-emulators';

type Json = Record<string, unknown>;
const fixture = (name: string): Json => {
  const text = readFileSync(`${ROOT}fixtures/${name}`, 'utf8');
  return JSON.parse(text) as Json;
};
const { mediation: _teamsMediation, meeting_policy: _policy, platform: _p, ...TEAMS_GOOD } = fixture('teams-compliant.json');
const { mediation: _webexMediation, ...WEBEX_BAD } = fixture('webex-risky.json');

const TEAMS_LINK_SECRET = 'Zp4kQ8wN2r';
const ORGANIZER = 'mediator@example.org';
const TEAMS_BAD: Json = {
  id: 'MSo5bad',
  joinWebUrl: `https://teams.microsoft.com/meet/4471205938?p=${TEAMS_LINK_SECRET}`,
  meetingType: 'meetnow',
  lobbyBypassSettings: { scope: 'everyone', isDialInBypassEnabled: true },
  allowedLobbyAdmitters: 'organizerAndCoOrganizersAndPresenters',
  allowedPresenters: 'everyone',
  isEndToEndEncryptionEnabled: false,
  allowBreakoutRooms: true,
  recordAutomatically: true,
  audioConferencing: { conferenceId: '4471205', tollNumber: '+1 555 0100' },
  joinMeetingIdSettings: { isPasscodeRequired: false, joinMeetingId: '4471205938', passcode: '48151623' },
};
const TEAMS_SPARSE: Json = { id: 'MSo5sparse', joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_sparse%40thread.v2/0', lobbyBypassSettings: { scope: 'invited' } };
const WEBEX_SPARSE: Json = { id: 'sparse0000', meetingNumber: '25509999999', webLink: 'https://example.webex.com/j.php?MTID=mSparseSecret77', meetingType: 'meeting', state: 'ended' };

/** Every secret the emulators hand out: none may appear in any output. */
const SECRETS = [GRAPH_CREDENTIALS.clientSecret, 'emu-graph-access-token', WEBEX_TOKEN, TEAMS_LINK_SECRET, '48151623', 'Hq7vT3pZ', 'aaaa1111', '12345678', '482913', '26609876543@example', 'mSparseSecret77'];

const outputs: CliResult[] = [];
let running: { stop(): Promise<void> }[] = [];

async function graph(setup?: (e: GraphEmulator) => void): Promise<GraphEmulator> {
  const e = new GraphEmulator();
  for (const m of [TEAMS_GOOD, TEAMS_BAD, TEAMS_SPARSE]) e.add(ORGANIZER, m);
  setup?.(e);
  await e.start();
  running.push(e);
  return e;
}

async function webex(setup?: (e: WebexEmulator) => void): Promise<WebexEmulator> {
  const e = new WebexEmulator();
  e.add({ ...WEBEX_BAD });
  e.add({ ...WEBEX_SPARSE });
  e.add({ id: 'good00001', meetingNumber: '25501234567', webLink: 'https://example.webex.com/j.php?MTID=mGood', meetingType: 'meetingSeries', scheduledType: 'meeting', password: 'Hq7vT3pZ', excludePassword: true, enabledJoinBeforeHost: false, unlockedMeetingJoinSecurity: 'blockFromJoin', enableAutomaticLock: true, automaticLockMinutes: 0, enabledAutoRecordMeeting: false, enabledBreakoutSessions: false, attendeePrivileges: { enabledShareContent: false }, audioConnectionOptions: { audioConnectionType: 'VoIP' } });
  setup?.(e);
  await e.start();
  running.push(e);
  return e;
}

async function cli(env: Record<string, string>, args: string[], cwd?: string): Promise<CliResult> {
  const r = await runCliAsync(args, { env, cwd });
  outputs.push(r);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return r;
}

const statuses = (target: { checks: { rule: string; status: string }[] }) => Object.fromEntries(target.checks.map((c) => [c.rule, c.status]));

afterEach(async () => {
  await Promise.all(running.map((e) => e.stop()));
  running = [];
});

afterAll(() => {
  for (const { stdout, stderr } of outputs) for (const secret of SECRETS) expect(stdout + stderr, secret).not.toContain(secret);
});

describe('mediate-check teams', () => {
  it('reads meetings by id and by join link, with client credentials and Prefer: include-unknown-enum-members; pass, fail and unknown', async () => {
    const e = await graph();
    // The mediation facts from a Teams meeting file (any platform's file will do).
    const r = await cli(e.env(), ['teams', String(TEAMS_GOOD.id), String(TEAMS_BAD.joinWebUrl), String(TEAMS_SPARSE.id), '--organizer', ORGANIZER, '--profile', 'current', '-f', 'json', '--mediation', `${ROOT}fixtures/teams-compliant.json`]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: Json) => [t.target, t.source, t.platform, t.verdict])).toEqual([
      [`teams:meeting/${TEAMS_GOOD.id}`, 'teams', 'teams', 'incomplete'],
      ['teams:meeting/MSo5bad', 'teams', 'teams', 'fail'],
      ['teams:meeting/MSo5sparse', 'teams', 'teams', 'fail'],
    ]);
    const [good, bad, sparse] = report.targets.map(statuses);
    expect(good).toMatchObject({ 'waiting-room': 'pass', 'unique-meeting-id': 'pass', 'passcode-required': 'pass', 'end-to-end-encryption': 'pass', 'screen-share-host-only': 'pass', 'no-auto-recording': 'pass', 'authenticated-participants': 'unknown' });
    expect(bad).toMatchObject({ 'waiting-room': 'fail', 'unique-meeting-id': 'fail', 'passcode-required': 'fail', 'end-to-end-encryption': 'pass', 'screen-share-host-only': 'fail', 'no-auto-recording': 'fail', 'passcode-strength': 'fail' });
    // `invited` came through because the Prefer header was sent, and fails (invitees walk past the lobby);
    // without the header Graph would have said unknownFutureValue, which is unknown.
    expect(sparse).toMatchObject({ 'waiting-room': 'fail', 'unique-meeting-id': 'unknown', 'passcode-required': 'unknown', 'no-auto-recording': 'unknown' });
    // Phone callers, automatic copies and browser joins, live.
    expect([good, bad, sparse].map((s) => [s['dial-in-passcode'], s['no-automatic-copies'], s['client-version']])).toEqual([
      ['pass', 'pass', 'pass'],
      ['fail', 'fail', 'unknown'],
      ['unknown', 'unknown', 'unknown'],
    ]);
    expect(report.targets[2].checks.find((c: Json) => c.rule === 'waiting-room')).toMatchObject({ messageId: 'lobbyAll', message: 'Everyone waits in the lobby except the people invited (lobbyBypassSettings.scope is invited).' });
    const token = e.requests.filter((q) => q.url.includes('/oauth2/v2.0/token'));
    expect(token).toHaveLength(1);
    const reads = e.requests.filter((q) => q.url.startsWith('/v1.0/'));
    expect(reads).toHaveLength(3);
    for (const q of reads) expect(q.headers.prefer).toBe('include-unknown-enum-members');
    const byLink = reads.find((q) => q.url.includes('filter'))!;
    expect(new URL(byLink.url, 'http://x').searchParams.get('$filter')).toBe(`JoinWebUrl eq '${TEAMS_BAD.joinWebUrl}'`);
  });

  it('says once what the admin must run when the application access policy is missing', async () => {
    const e = await graph((g) => g.granted.clear());
    const r = await cli(e.env(), ['teams', String(TEAMS_GOOD.id), '--organizer', ORGANIZER]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('New-CsApplicationAccessPolicy -Identity mediate-check -AppIds "emu-graph-client-id"');
    expect(r.stdout).toContain('Grant-CsApplicationAccessPolicy -PolicyName mediate-check');
    expect(r.stdout.match(/New-CsApplicationAccessPolicy/g)).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After, reports Graph errors in its own words, and refuses bad credentials in one message', async () => {
    const e = await graph((g) => g.limited.set(`/v1.0/users/${encodeURIComponent(ORGANIZER)}/onlineMeetings/MSo5bad`, { times: 1, retryAfter: '1' }));
    const r = await cli(e.env(), ['teams', 'MSo5bad', 'nope', '--organizer', ORGANIZER, '-f', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.targets[0].verdict).toBe('fail');
    expect(report.targets[1]).toMatchObject({ target: 'teams:meeting/nope', verdict: 'error', error: { message: 'Microsoft Graph 404: the meeting: NotFound: The meeting was not found.' } });
    expect(e.requests.filter((q) => q.url.endsWith('/MSo5bad'))).toHaveLength(2);
    const refused = await cli({ ...e.env(), MS_CLIENT_SECRET: 'wrong-secret-value' }, ['teams', 'MSo5bad', '--organizer', ORGANIZER]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('mediate-check: Microsoft Entra ID refused the credentials (invalid_client); check MS_TENANT_ID, MS_CLIENT_ID and MS_CLIENT_SECRET\n');
    expect(refused.stderr).not.toContain('wrong-secret-value');
  });

  it('never follows a redirect, so the token stays with Graph', async () => {
    const elsewhere = new GraphEmulator();
    await elsewhere.start();
    running.push(elsewhere);
    const e = await graph((g) => g.redirected.set(`/v1.0/users/${encodeURIComponent(ORGANIZER)}/onlineMeetings/MSo5bad`, `${elsewhere.origin}/v1.0/users/x/onlineMeetings/MSo5bad`));
    const r = await cli(e.env(), ['teams', 'MSo5bad', '--organizer', ORGANIZER, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0].error.message).toBe('Microsoft Graph 307: the meeting: HTTP 307 (redirects are not followed)');
    expect(elsewhere.requests).toEqual([]);
  });

  it('names a join link it could not find by position, never by the link', async () => {
    const e = await graph();
    const r = await cli(e.env(), ['teams', `https://teams.microsoft.com/meet/1?p=${TEAMS_LINK_SECRET}`, '--organizer', ORGANIZER, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ target: 'teams:meeting/(join link 1)', error: { message: 'Microsoft Graph found no meeting of this organizer with this join link' } });
  });

  it('checks a meeting id or a join link named twice once: one request, one target', async () => {
    const e = await graph();
    const r = await cli(e.env(), ['teams', 'MSo5bad', 'MSo5bad', '--organizer', ORGANIZER, '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets.map((t: Json) => t.target)).toEqual(['teams:meeting/MSo5bad']);
    expect(e.requests.filter((q) => q.url.startsWith('/v1.0/'))).toHaveLength(1);
    // A link that finds nothing has no id to meet its repeat by: it is still one target, asked for once.
    const missing = `https://teams.microsoft.com/meet/1?p=${TEAMS_LINK_SECRET}`;
    const twice = await cli(e.env(), ['teams', missing, missing, '--organizer', ORGANIZER, '-f', 'json']);
    expect(twice.code).toBe(2);
    expect(JSON.parse(twice.stdout).targets.map((t: Json) => t.target)).toEqual(['teams:meeting/(join link 1)']);
    expect(e.requests.filter((q) => q.url.includes('filter'))).toHaveLength(1);
  });

  it('asks for --organizer and for credentials', async () => {
    const noOrganizer = await cli({ MS_TENANT_ID: 't', MS_CLIENT_ID: 'c', MS_CLIENT_SECRET: 's' }, ['teams', 'x']);
    expect([noOrganizer.code, noOrganizer.stderr]).toEqual([2, 'mediate-check: --organizer <userId|UPN> is required: Graph reads meetings through their organizer (or an invited attendee)\n']);
    const noCredentials = await cli({}, ['teams', 'x', '--organizer', 'o']);
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr).toContain('set MS_TENANT_ID, MS_CLIENT_ID, MS_CLIENT_SECRET');
  });

  it('exports a Teams meeting without its passcode or link credential', async () => {
    const e = await graph();
    const dir = tempProject({});
    const r = await cli(e.env(), ['export', '--platform', 'teams', '--organizer', ORGANIZER, 'MSo5bad', '-o', path.join(dir, 'bad.yaml')]);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'bad.yaml'), 'utf8');
    expect(text).toContain('platform: teams\n');
    expect(text).toContain('joinWebUrl: https://teams.microsoft.com/meet/4471205938?p=removed\n');
    expect(text).not.toContain('48151623');
    expect(text).not.toContain(TEAMS_LINK_SECRET);
    outputs.push({ code: 0, stdout: text, stderr: '' } as CliResult);
    // The exported file checks as the live meeting did.
    const check = await cli({}, [path.join(dir, 'bad.yaml'), '--profile', 'current', '-f', 'json']);
    expect(statuses(JSON.parse(check.stdout).targets[0])).toMatchObject({ 'waiting-room': 'fail', 'passcode-required': 'fail', 'passcode-strength': 'unknown' });
  });
});

describe('mediate-check webex', () => {
  it('reads meetings by id with the bearer token; pass, fail and unknown', async () => {
    const e = await webex();
    const r = await cli(e.env(), ['webex', 'good00001', String(WEBEX_BAD.id), 'sparse0000', '--profile', 'current', '-f', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: Json) => [t.target, t.platform, t.verdict])).toEqual([
      ['webex:meeting/good00001', 'webex', 'incomplete'],
      [`webex:meeting/${WEBEX_BAD.id}`, 'webex', 'fail'],
      ['webex:meeting/sparse0000', 'webex', 'incomplete'],
    ]);
    const [good, bad, sparse] = report.targets.map(statuses);
    expect(good).toMatchObject({ 'waiting-room': 'pass', 'no-join-before-host': 'pass', 'passcode-not-in-link': 'pass', 'passcode-strength': 'pass', 'screen-share-host-only': 'pass', 'unique-meeting-id': 'pass', 'end-to-end-encryption': 'unknown' });
    expect(bad).toMatchObject({ 'waiting-room': 'fail', 'no-join-before-host': 'fail', 'passcode-not-in-link': 'fail', 'passcode-strength': 'fail', 'screen-share-host-only': 'fail', 'unique-meeting-id': 'fail' });
    expect([good, bad, sparse].map((s) => [s['dial-in-passcode'], s['hosts-disclosed'], s['no-automatic-copies']])).toEqual([
      ['pass', 'unknown', 'unknown'],
      ['unknown', 'fail', 'unknown'],
      ['unknown', 'unknown', 'unknown'],
    ]);
    // An ended instance lacks its settings: unknown, never pass.
    expect(Object.values(sparse).filter((s) => s === 'pass')).toEqual([]);
    for (const q of e.requests) expect(q.headers.authorization).toBe(`Bearer ${WEBEX_TOKEN}`);
  });

  it('follows Link rel="next" with --all, and never to another host', async () => {
    const e = await webex((w) => {
      for (let i = 0; i < 3; i++) w.add({ id: `series${i}`, meetingNumber: `2550000000${i}`, webLink: 'https://example.webex.com/j.php?MTID=mS', meetingType: 'meetingSeries', scheduledType: 'meeting' });
    });
    const r = await cli(e.env(), ['webex', '--all', '-f', 'json']);
    const names = JSON.parse(r.stdout).targets.map((t: Json) => t.target);
    // Five series, two a page: three pages; the ended instance (meetingType meeting) is not listed.
    expect(names).toEqual([`webex:meeting/${WEBEX_BAD.id}`, 'webex:meeting/good00001', 'webex:meeting/series0', 'webex:meeting/series1', 'webex:meeting/series2']);
    expect(e.requests.filter((q) => q.url.startsWith('/v1/meetings?'))).toHaveLength(3);
    e.nextElsewhere = true;
    const hostile = await cli(e.env(), ['webex', '--all', '-f', 'json']);
    expect(hostile.code).toBe(2);
    const last = JSON.parse(hostile.stdout).targets.at(-1);
    expect(last).toMatchObject({ target: 'webex:meetings', error: { message: `Webex: the list /meetings named a next page on another host; stopped (the token is sent only to ${e.origin})` } });
  });

  it('waits out a 429 with Retry-After and reports Webex errors with their trackingId', async () => {
    const e = await webex((w) => w.limited.set('/v1/meetings/good00001', { times: 2, retryAfter: '1' }));
    const r = await cli(e.env(), ['webex', 'good00001', 'missing1', '-f', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.targets[0].verdict).not.toBe('error');
    expect(report.targets[1].error.message).toBe('Webex 404: the meeting: Meeting not found. [trackingId ROUTER_EMU-0404]');
    expect(e.requests.filter((q) => q.url === '/v1/meetings/good00001')).toHaveLength(3);
    const refused = await cli({ ...e.env(), WEBEX_ACCESS_TOKEN: 'not-the-token' }, ['webex', 'good00001', '-f', 'json']);
    expect(JSON.parse(refused.stdout).targets[0].error.message).toMatch(/^Webex 401: the meeting: The request requires a valid access token/);
  });

  it('exports a Webex meeting to standard output for -o -, making no file named -', async () => {
    const e = await webex();
    const dir = tempProject({});
    const r = await cli(e.env(), ['export', '--platform', 'webex', 'good00001', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Exported from Webex \(meeting good00001\)/);
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([]);
    outputs.push(r);
  });

  it('exports a Teams or Webex meeting named twice once: one request, one document on standard output', async () => {
    const g = await graph();
    const teams = await cli(g.env(), ['export', '--platform', 'teams', '--organizer', ORGANIZER, 'MSo5bad', 'MSo5bad']);
    expect(teams.code).toBe(0);
    expect(teams.stdout.match(/^# Exported from Microsoft Graph/gm)).toHaveLength(1);
    expect(g.requests.filter((q) => q.url.startsWith('/v1.0/'))).toHaveLength(1);
    const w = await webex();
    const webexRun = await cli(w.env(), ['export', '--platform', 'webex', 'good00001', 'good00001']);
    expect(webexRun.code).toBe(0);
    expect(webexRun.stdout.match(/^# Exported from Webex/gm)).toHaveLength(1);
    expect(w.requests.filter((q) => q.url === '/v1/meetings/good00001')).toHaveLength(1);
  });

  it('exports Webex meetings without passwords, host key, SIP address or link token', async () => {
    const e = await webex();
    const dir = tempProject({});
    const r = await cli(e.env(), ['export', '--platform', 'webex', String(WEBEX_BAD.id), 'good00001', '-o', path.join(dir, 'out')]);
    expect(r.code).toBe(0);
    const files = readdirSync(path.join(dir, 'out')).sort();
    expect(files).toEqual([`webex-meeting-${WEBEX_BAD.id}.yaml`, 'webex-meeting-good00001.yaml']);
    for (const file of files) {
      const text = readFileSync(path.join(dir, 'out', file), 'utf8');
      outputs.push({ code: 0, stdout: text, stderr: '' } as CliResult);
      expect(text).toContain('platform: webex\n');
      expect(text).not.toMatch(/hostKey|sipAddress|phoneAndVideoSystemPassword/);
    }
    const check = await cli({}, [path.join(dir, 'out'), '--profile', 'current', '-f', 'json']);
    const byName = Object.fromEntries(JSON.parse(check.stdout).targets.map((t: Json) => [path.basename(String(t.target)), statuses(t as never)]));
    expect(byName['webex-meeting-good00001.yaml']).toMatchObject({ 'passcode-required': 'pass', 'passcode-strength': 'unknown' });
  });
});
