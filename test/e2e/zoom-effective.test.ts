// The built CLI against the emulator: the account's settings and the locks that
// apply to each host (account and groups), read once per run and per group,
// written by export; what happens without the scopes; objects named twice; and
// no secret of the emulator's data in any exported file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempProject, type CliResult } from '../helpers/cli';
import { ALL_SCOPES, AUDIT, LOCK_SCOPES, makeMeeting, seedAudit, type ZoomEmulator } from '../helpers/zoom-emulator';
import { EMULATOR_SECRETS, zoomSession } from '../helpers/zoom-session';

type Json = Record<string, any>;

const { emulator, cli } = zoomSession({ prepare: seedAudit });

/** Exports into a fresh folder; every file parsed, by name. */
async function exportAll(e: ZoomEmulator, args: string[]): Promise<{ run: CliResult; files: Record<string, Json>; texts: string[] }> {
  const dir = tempProject();
  const run = await cli(e, ['export', ...args, '-o', dir]);
  const files: Record<string, Json> = {};
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    texts.push(text);
    files[name] = parse(text);
  }
  return { run, files, texts };
}

const requests = (e: ZoomEmulator, exact: string) => e.log.filter((l) => l.path === exact).length;
const statuses = (target: { checks: { rule: string; status: string }[] }) => Object.fromEntries(target.checks.map((c) => [c.rule, c.status]));


describe('account settings and locks from the API', () => {
  it('export writes account_settings and locks as Zoom holds them: account lock, group lock, neither', async () => {
    const e = await emulator();
    const { run, files } = await exportAll(e, ['85746065432', '6589310093']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('could not read');
    const owner = files['meeting-85746065432.yaml']!;
    const host2 = files['meeting-6589310093.yaml']!;

    // The account's settings, default groups and meeting_security merged; groups the rules do not read left out.
    expect(owner.account_settings.recording.archive).toEqual({ enable: false });
    expect(owner.account_settings.meeting_security.waiting_room_options).toEqual({ enable: true, admit_type: 2, internal_user_auto_admit: 1, who_can_admit_participants: 0 });
    expect(Object.keys(owner.account_settings).sort()).toEqual(['in_meeting', 'meeting_security', 'recording', 'schedule_meeting']);
    expect(host2.account_settings).toEqual(owner.account_settings);

    // Locked by the account (recording.auto_recording, meeting_security.meeting_password; the waiting room by seedAudit).
    expect(owner.locks.recording.auto_recording).toBe(true);
    expect(owner.locks.meeting_security.meeting_password).toBe(true);
    expect(owner.locks.meeting_security.waiting_room).toBe(true);
    // Locked by a group the host is in (grpLegal: auto-saved chat; grpCaucus, host2 only: breakout rooms).
    expect(owner.locks.in_meeting.auto_saving_chat).toBe(true);
    expect(host2.locks.in_meeting.auto_saving_chat).toBe(true);
    expect(host2.locks.in_meeting.breakout_room).toBe(true);
    // Locked by neither.
    expect(owner.locks.in_meeting.breakout_room).toBe(false);
    expect(owner.locks.meeting_security.phone_password).toBe(false);
    expect(owner.locks.schedule_meeting.join_before_host).toBe(false);
    // Only the groups host_settings has; lock leaves only (no values).
    expect(Object.keys(owner.locks).sort()).toEqual(['in_meeting', 'meeting_security', 'recording', 'schedule_meeting']);

    // host_settings stays the host's own resolved settings, not the account's.
    expect(owner.host_settings.in_meeting.breakout_room).toBe(true);
    expect(owner.host_settings.meeting_security.waiting_room).toBe(false);
    expect(owner.account_settings.meeting_security.waiting_room).toBe(true);
  });

  it('reads the account once per run and each group once, however many hosts share it', async () => {
    const e = await emulator({}, (x) => {
      for (let i = 0; i < 6; i++) x.addMeeting(makeMeeting(73000000000 + i, i % 2 ? 'owner' : 'host2'));
    });
    const r = await cli(e, ['zoom', '--all-users', '--templates', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    // owner, host2 and the audit host: 3 + 6 meetings and 2 templates, none errored.
    expect(report.summary).toMatchObject({ targets: 11, errored: 0 });
    for (const account of ['settings', 'settings?option=meeting_security', 'lock_settings', 'lock_settings?option=meeting_security']) {
      expect(requests(e, `/v2/accounts/me/${account}`)).toBe(1);
    }
    // grpLegal has all three hosts, grpCaucus one.
    for (const group of ['grpLegal', 'grpCaucus']) {
      expect(requests(e, `/v2/groups/${group}/lock_settings`)).toBe(1);
      expect(requests(e, `/v2/groups/${group}/lock_settings?option=meeting_security`)).toBe(1);
    }
    for (const host of ['owner', 'host2', AUDIT.hostId]) expect(requests(e, `/v2/users/${host}`)).toBe(1);
    expect(e.apiRequests(/^\/v2\/groups\//)).toBe(4);
  });

  it('without the lock scopes: no locks, one warning, every target checked, the same exit code', async () => {
    const full = await emulator();
    const withScopes = await cli(full, ['zoom', '--all-users', '--templates', '-f', 'json']);
    expect(JSON.parse(withScopes.stdout).warnings).toEqual([]);

    const e = await emulator({ scopes: ALL_SCOPES.filter((s) => !LOCK_SCOPES.includes(s)) });
    const r = await cli(e, ['zoom', '--all-users', '--templates', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    const warning =
      'could not read the account\'s lock settings (Zoom API 400 (code 4711): Invalid access token, does not contain scopes:[account:read:lock_settings:master].); ' +
      "the groups' lock settings (Zoom API 400 (code 4711): Invalid access token, does not contain scopes:[group:read:lock_settings:admin].). " +
      'Every target is still checked without them: whether a setting is locked is not known where they were needed ("locked": null). ' +
      'README "Zoom API" lists the scopes each call needs.';
    expect(r.stderr).toBe(`mediate-check: ${warning}\n`);
    expect(report.warnings).toEqual([warning]);
    expect(report.summary).toMatchObject({ targets: 5, errored: 0 });
    expect(r.code).toBe(withScopes.code);
    // The same statuses, except what only the locks show: the owner's waiting room is locked (by a group) while
    // the account has it on and the owner's meeting and template have it off, a conflict (unknown) that without
    // the locks is not seen (pass).
    type Check = { rule: string; status: string; messageId: string };
    const known = JSON.parse(withScopes.stdout).targets as { target: string; checks: Check[] }[];
    const conflicts = known.flatMap((t) => t.checks.filter((c) => c.messageId === 'lockConflict').map((c) => `${t.target} ${c.rule}`));
    expect(conflicts).toEqual(['zoom:meeting/85746065432 no-waiting-room', 'zoom:template/emuTpl001 no-waiting-room']);
    const unlocked = (t: { checks: Check[] }) => statuses({ checks: t.checks.map((c) => (c.messageId === 'lockConflict' ? { ...c, status: 'pass' } : c)) });
    expect(report.targets.map(statuses)).toEqual(known.map(unlocked));

    const { run, files } = await exportAll(e, ['85746065432', '--templates']);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/could not read/g)).toHaveLength(1);
    for (const file of Object.values(files)) {
      expect(file).not.toHaveProperty('locks');
      expect(file.account_settings.recording.archive.enable).toBe(false);
    }
  });

  it('without the account settings scope: no account_settings, the locks still there, one warning', async () => {
    const e = await emulator({ scopes: ALL_SCOPES.filter((s) => s !== 'account:read:settings:admin') });
    const { run, files } = await exportAll(e, ['85746065432']);
    expect(run.code).toBe(0);
    const file = files['meeting-85746065432.yaml']!;
    expect(file).not.toHaveProperty('account_settings');
    expect(file.locks.in_meeting.auto_saving_chat).toBe(true);
    expect(run.stderr).toContain(
      "mediate-check: could not read the account's settings (Zoom API 400 (code 4711): Invalid access token, does not contain scopes:[account:read:settings:admin].). Every target is still checked without them: facts only the account holds are unknown.",
    );
  });

  it('without reading users: the account locks that are true stay, nothing else is claimed unlocked', async () => {
    const e = await emulator({ scopes: ALL_SCOPES.filter((s) => s !== 'user:read:user:admin' && s !== 'user:read:admin') });
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json']);
    // Reading a host's settings needs user:read:settings:admin only: the meeting is still checked.
    expect(JSON.parse(r.stdout).summary).toMatchObject({ targets: 1, errored: 0 });
    expect(r.stderr).toContain("could not read the hosts' groups (GET /users/{userId}) (Zoom API 400 (code 4711)");
    const { files } = await exportAll(e, ['85746065432']);
    expect(files['meeting-85746065432.yaml']!.locks).toEqual({ recording: { auto_recording: true }, meeting_security: { meeting_password: true, auto_security: true, waiting_room: true } });
  });

  it('a failure other than a permission is the targets\' error, not a silent gap', async () => {
    const e = await emulator({}, (x) => x.injectFault({ path: /^\/v2\/accounts\/me\/lock_settings$/, status: 500, times: 99, body: { code: 500, message: 'Internal error.' } }));
    const r = await cli(e, ['zoom', '85746065432', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).targets[0].error.message).toBe('Zoom API 500 (code 500): Internal error.');
  });
});

describe('objects named twice are fetched and checked once', () => {
  it('a meeting repeated on the command line, with leading zeros, or also in a user\'s list', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '6589310093', '85746065432', '857-4606-5432', '085746065432', '--user', 'me', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { target: string }) => t.target)).toEqual(['zoom:meeting/6589310093', 'zoom:meeting/85746065432']);
    expect(statuses(report.targets[1])['unique-meeting-id']).toBe('pass');
    expect(requests(e, '/v2/meetings/85746065432')).toBe(1);
  });

  it('users and meetings that Zoom lists twice', async () => {
    const e = await emulator({ repeatInLists: true });
    const r = await cli(e, ['zoom', '--all-users', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { target: string }) => t.target)).toEqual(['zoom:meeting/85746065432', 'zoom:meeting/6589310093', `zoom:meeting/${AUDIT.meetingId}`]);
    // No meeting fails unique-meeting-id against itself.
    expect(statuses(report.targets[0])['unique-meeting-id']).toBe('pass');
    for (const id of ['85746065432', '6589310093', String(AUDIT.meetingId)]) expect(requests(e, `/v2/meetings/${id}`)).toBe(1);
    for (const user of ['owner', 'host2', AUDIT.hostId]) expect(requests(e, `/v2/users/${user}/meetings?type=scheduled&page_size=300`)).toBe(1);
  });
});

describe('the audit host (seedAudit)', () => {
  it('its meeting and template agree on breakout rooms, carry the host passcode setting and the account waiting-room lock', async () => {
    const e = await emulator();
    const { run, files } = await exportAll(e, [String(AUDIT.meetingId), '--templates', '--user', AUDIT.hostId]);
    expect(run.code).toBe(0);
    const meeting = files[`meeting-${AUDIT.meetingId}.yaml`]!;
    const template = files[`template-${AUDIT.templateId}.yaml`]!;
    // A1: breakout rooms allowed at the host level in both; the pre-assign flag only on the meeting, and off.
    expect(meeting.host_settings.in_meeting.breakout_room).toBe(true);
    expect(template.host_settings.in_meeting.breakout_room).toBe(true);
    expect(meeting.settings.breakout_room).toEqual({ enable: false });
    expect(template.settings).not.toHaveProperty('breakout_room');
    // A3: the template has no passcode; the host's meeting_password travels with it.
    expect(template).not.toHaveProperty('password');
    expect(template.host_settings.meeting_security.meeting_password).toBe(true);
    // The waiting room is locked at the account for both; A2's facts are there.
    expect(meeting.locks.meeting_security.waiting_room).toBe(true);
    expect(template.locks.meeting_security.waiting_room).toBe(true);
    expect(meeting.settings.waiting_room_options).toEqual({ mode: 'custom', who_goes_to_waiting_room: 'users_not_in_account' });
    expect(meeting.host_settings.meeting_security.waiting_room_settings.participants_to_place_in_waiting_room).toBe(1);
    expect(meeting.host_settings.meeting_security.phone_password).toBe(false);
    expect(meeting.settings.audio).toBe('both');
    expect(meeting.host_settings.in_meeting).toMatchObject({ join_from_desktop: true, join_from_mobile: true, show_a_join_from_your_browser_link: false });
  });
});

describe('export leaks no secret', () => {
  it('no passcode, phone or H.323 passcode, host key, start URL or link credential in any exported file', async () => {
    const e = await emulator({}, (x) => {
      // A join link with every credential parameter Zoom uses.
      x.meetings.get(String(AUDIT.meetingId))!.join_url = `https://example.zoom.us/j/${AUDIT.meetingId}?pwd=emu-link-secret&tk=emu-exception-token&zak=emu-start-token-x`;
    });
    const all = await exportAll(e, ['85746065432', '6589310093', String(AUDIT.meetingId), '--templates']);
    const audit = await exportAll(e, ['--templates', '--user', AUDIT.hostId]);
    expect(all.run.code).toBe(0);
    expect(audit.run.code).toBe(0);
    const texts = [...all.texts, ...audit.texts];
    expect(texts).toHaveLength(5);
    for (const text of texts) {
      for (const secret of EMULATOR_SECRETS) expect(text).not.toContain(secret);
      for (const key of ['dynamic_host_key', 'start_url', 'h323_password', 'pstn_password', 'encrypted_password']) expect(text).not.toContain(`${key}:`);
      expect(text).not.toMatch(/[?&](pwd|tk|zak)=(?!removed)/);
    }
    expect(all.texts.join('\n')).toContain(`?pwd=removed&tk=removed&zak=removed`);
  });
});
