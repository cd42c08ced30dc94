// The audit's cases (rules-audit.md §A) and the rules of `current` through the
// built CLI against the emulator: `mediate-check zoom … --profile current -f json`,
// with exact statuses, message ids and evidence (level and lock). The audit host
// (seedAudit) has breakout rooms allowed at the host level, a waiting room for
// outsiders only (locked by the account), no phone passcode, a hidden browser link
// with browser joins open, and meeting_password on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/cli';
import { ALL_SCOPES, AUDIT, LOCK_SCOPES, makeMeeting, seedAudit, type EmulatorOptions, type ZoomEmulator } from '../helpers/zoom-emulator';
import { zoomSession } from '../helpers/zoom-session';

type Json = Record<string, any>;
interface Check {
  rule: string;
  status: string;
  messageId: string;
  message: string;
  evidence?: { pointer: string; level: string; locked: boolean | null }[];
}

const MEETING = `zoom:meeting/${AUDIT.meetingId}`;
const TEMPLATE = `zoom:template/${AUDIT.templateId}`;
/** The audit host's meeting and template together (the meeting is also in the host's list: checked once). */
const AUDIT_ARGS = ['zoom', String(AUDIT.meetingId), '--user', AUDIT.hostId, '--templates', '--profile', 'current', '-f', 'json'];

/** The audit host's standing passcodes in the passcode test: random text, so any 5-character run of them in an output is a leak. */
const HOST_DEFAULT = 'Vq7Kx2Lm9Tz4';
const HOST_PMI = 'Rb8Nw3Hy6Jc5';
const session = zoomSession({ prepare: seedAudit });
const emulator = (setup?: (e: ZoomEmulator) => void, options: EmulatorOptions = {}) => session.emulator(options, setup);
const cli = (e: ZoomEmulator, args: string[], cwd?: string) => session.cli(e, args, { cwd });

/** Runs a JSON report; `check(target, rule)` finds one check (failing the test when absent). */
async function report(e: ZoomEmulator, args: string[], cwd?: string) {
  const run = await cli(e, args, cwd);
  const json = JSON.parse(run.stdout) as Json;
  const check = (target: string, rule: string): Check => {
    const found = (json.targets as Json[]).find((t) => t.target === target);
    expect(found, `target ${target}`).toBeDefined();
    const c = (found!.checks as Check[]).find((x) => x.rule === rule);
    expect(c, `${target} ${rule}`).toBeDefined();
    return c!;
  };
  return { run, json, check };
}

/** status and message id of a check, for compact assertions. */
const verdict = (c: Check) => [c.status, c.messageId];

/** A meeting file holding only a mediation block, for --mediation. */
function mediationFile(block: string): string {
  const dir = tempProject({ 'mediation.yaml': `mediation:\n${block}` });
  return path.join(dir, 'mediation.yaml');
}

const user = (e: ZoomEmulator) => e.users.get(AUDIT.hostId)!;
const auditMeeting = (e: ZoomEmulator) => e.meetings.get(String(AUDIT.meetingId))! as Json;
const auditTemplate = (e: ZoomEmulator) => user(e).templates.find((t) => t.id === AUDIT.templateId)! as Json;


describe('audit §A through the API', () => {
  it('A1: breakout rooms come from the host/template feature setting, and a meeting and a template of the same host agree', async () => {
    const e = await emulator();
    const { run, json, check } = await report(e, AUDIT_ARGS);
    expect(json.targets.map((t: Json) => t.target)).toEqual([MEETING, TEMPLATE]);
    expect(run.code).toBe(1);
    const feature = [{ pointer: '/host_settings/in_meeting/breakout_room', level: 'user', locked: false }];
    for (const target of [MEETING, TEMPLATE]) {
      // The pre-assign flag is off on the meeting; the rooms are still possible, as on the template.
      expect(verdict(check(target, 'breakout-rooms-carve-out'))).toEqual(['fail', 'noCarveOut']);
      expect(check(target, 'breakout-rooms-carve-out').evidence).toEqual(feature);
    }
    expect(verdict(check(MEETING, 'end-to-end-encryption'))).toEqual(['pass', 'caucus']);

    // With the carve-out in the agreement both pass, for the same reason.
    const carved = await report(e, [...AUDIT_ARGS, '--mediation', mediationFile('  agreement:\n    private_caucus_carve_out: true\n')]);
    for (const target of [MEETING, TEMPLATE]) expect(verdict(carved.check(target, 'breakout-rooms-carve-out'))).toEqual(['pass', 'carved']);
  });

  it('A1: a host who cannot open breakout rooms: meeting and template (inheriting the host) both pass, E2EE avoidable', async () => {
    const e = await emulator((x) => {
      (user(x).settings.in_meeting as Json).breakout_room = false;
      delete auditTemplate(x).settings.in_meeting.breakout_room;
    });
    const { check } = await report(e, AUDIT_ARGS);
    for (const target of [MEETING, TEMPLATE]) expect(verdict(check(target, 'breakout-rooms-carve-out'))).toEqual(['pass', 'none']);
    expect(verdict(check(MEETING, 'end-to-end-encryption'))).toEqual(['fail', 'avoidable']);
  });

  it('A2: a waiting room for outsiders only fails waiting-room and does not excuse join before host', async () => {
    const e = await emulator();
    const { check } = await report(e, AUDIT_ARGS);
    const meeting = check(MEETING, 'waiting-room');
    expect(verdict(meeting)).toEqual(['fail', 'partial']);
    expect(meeting.message).toBe("The waiting room is on, but everyone in the host's Zoom account walks straight in (who_goes_to_waiting_room is users_not_in_account).");
    // The template follows the host's setting (participants_to_place_in_waiting_room 1).
    expect(verdict(check(TEMPLATE, 'waiting-room'))).toEqual(['fail', 'partialHost']);
    expect(verdict(check(MEETING, 'no-join-before-host'))).toEqual(['fail', 'on']);
  });

  it('A2: everyone waits (meeting option, or the host setting it follows): waiting-room passes', async () => {
    const e = await emulator((x) => {
      auditMeeting(x).settings.waiting_room_options = { mode: 'custom', who_goes_to_waiting_room: 'everyone' };
      ((user(x).meetingSecurity.meeting_security as Json).waiting_room_settings as Json).participants_to_place_in_waiting_room = 0;
    });
    const { check } = await report(e, AUDIT_ARGS);
    expect(verdict(check(MEETING, 'waiting-room'))).toEqual(['pass', 'on']);
    expect(verdict(check(TEMPLATE, 'waiting-room'))).toEqual(['pass', 'on']);
    // The account (makeAccount) admits nobody automatically: the waiting room now keeps everyone out.
    expect(verdict(check(MEETING, 'no-join-before-host'))).toEqual(['pass', 'waiting']);
  });

  it("A3: a template is judged by the host's meeting_password (on: pass, off: fail)", async () => {
    const on = await report(await emulator(), AUDIT_ARGS);
    expect(verdict(on.check(TEMPLATE, 'passcode-required'))).toEqual(['pass', 'templateOn']);
    expect(verdict(on.check(MEETING, 'passcode-required'))).toEqual(['pass', 'set']);

    const off = await report(await emulator((x) => ((user(x).meetingSecurity.meeting_security as Json).meeting_password = false)), AUDIT_ARGS);
    expect(verdict(off.check(TEMPLATE, 'passcode-required'))).toEqual(['fail', 'templateOff']);
  });

  it('A4: a hidden browser link is not "browser joins off"; join_from_desktop and join_from_mobile off is', async () => {
    const mediation = mediationFile('  client:\n    minimum_version: "6.4.0"\n');
    const open = await report(await emulator(), [...AUDIT_ARGS, '--mediation', mediation]);
    expect(verdict(open.check(MEETING, 'client-version'))).toEqual(['unknown', 'linkOnly']);

    const closed = await report(
      await emulator((x) => Object.assign(user(x).settings.in_meeting as Json, { join_from_desktop: false, join_from_mobile: false })),
      [...AUDIT_ARGS, '--mediation', mediation],
    );
    expect(verdict(closed.check(MEETING, 'client-version'))).toEqual(['pass', 'ok']);
  });

  it('A6: a type 10 meeting gets the screen-share message; leading zeros name the same meeting', async () => {
    const e = await emulator((x) => x.addMeeting(makeMeeting(86000000010, AUDIT.hostId, { type: 10 })));
    const { json, check } = await report(e, ['zoom', '86000000010', '0086000000001', String(AUDIT.meetingId), '--profile', 'current', '-f', 'json']);
    expect(verdict(check('zoom:meeting/86000000010', 'unique-meeting-id'))).toEqual(['unknown', 'screenShare']);
    expect(json.targets.map((t: Json) => t.target)).toEqual(['zoom:meeting/86000000010', MEETING]);
    expect(verdict(check(MEETING, 'unique-meeting-id'))).toEqual(['pass', 'scheduled']);
    expect(e.apiRequests(new RegExp(`^/v2/meetings/0*${AUDIT.meetingId}$`))).toBe(1);
  });
});

describe('the new rules of current through the API', () => {
  it('dial-in-passcode: phone audio without a phone passcode fails; computer audio or a required phone passcode passes; a template is unknown', async () => {
    const e = await emulator((x) => x.addMeeting(makeMeeting(86000000020, AUDIT.hostId, {}, { audio: 'voip' })));
    const { check } = await report(e, [...AUDIT_ARGS, '86000000020', '85746065432']);
    const open = check(MEETING, 'dial-in-passcode');
    expect(verdict(open)).toEqual(['fail', 'open']);
    expect(open.evidence).toEqual([
      { pointer: '/settings/audio', level: 'meeting', locked: null },
      { pointer: '/host_settings/meeting_security/phone_password', level: 'user', locked: false },
    ]);
    expect(verdict(check('zoom:meeting/86000000020', 'dial-in-passcode'))).toEqual(['pass', 'voip']);
    // The owner requires phone passcodes (makeUser).
    expect(verdict(check('zoom:meeting/85746065432', 'dial-in-passcode'))).toEqual(['pass', 'required']);
    expect(verdict(check(TEMPLATE, 'dial-in-passcode'))).toEqual(['unknown', 'missing']);
  });

  it('no-automatic-copies: none on passes; an AI summary or the account archiving fails; a template or a missing account setting is unknown', async () => {
    const none = await report(await emulator(), AUDIT_ARGS);
    expect(verdict(none.check(MEETING, 'no-automatic-copies'))).toEqual(['pass', 'none']);
    expect(none.check(MEETING, 'no-automatic-copies').evidence).toEqual([
      { pointer: '/settings/auto_start_meeting_summary', level: 'meeting', locked: null },
      { pointer: '/settings/continuous_meeting_chat/enable', level: 'meeting', locked: null },
      { pointer: '/host_settings/in_meeting/auto_saving_chat', level: 'user', locked: true },
      { pointer: '/account_settings/recording/archive/enable', level: 'account', locked: null },
    ]);
    expect(verdict(none.check(TEMPLATE, 'no-automatic-copies'))).toEqual(['unknown', 'partial']);

    const summary = await report(await emulator((x) => (auditMeeting(x).settings.auto_start_meeting_summary = true)), AUDIT_ARGS);
    expect(verdict(summary.check(MEETING, 'no-automatic-copies'))).toEqual(['fail', 'copied']);

    const archive = await report(await emulator((x) => ((x.account.settings.recording as Json).archive = { enable: true })), AUDIT_ARGS);
    expect(verdict(archive.check(MEETING, 'no-automatic-copies'))).toEqual(['fail', 'copied']);
    expect(verdict(archive.check(TEMPLATE, 'no-automatic-copies'))).toEqual(['fail', 'copied']);

    const unread = await report(await emulator(undefined, { scopes: ALL_SCOPES.filter((s) => s !== 'account:read:settings:admin') }), AUDIT_ARGS);
    expect(verdict(unread.check(MEETING, 'no-automatic-copies'))).toEqual(['unknown', 'partial']);
  });

  it('hosts-disclosed: no alternative hosts passes; an undisclosed one fails; all disclosed passes; a template is unknown', async () => {
    const e = await emulator((x) => {
      x.addMeeting(makeMeeting(86000000030, AUDIT.hostId, {}, { alternative_hosts: 'b.counsel@counsel.example;someone@elsewhere.example' }));
      x.addMeeting(makeMeeting(86000000031, AUDIT.hostId, {}, { alternative_hosts: 'B.Counsel@counsel.example' }));
    });
    const mediation = mediationFile('  participants:\n    - name: B. Counsel\n      role: counsel\n      email: b.counsel@counsel.example\n');
    const { check } = await report(e, [...AUDIT_ARGS, '86000000030', '86000000031', '--mediation', mediation]);
    expect(verdict(check(MEETING, 'hosts-disclosed'))).toEqual(['pass', 'none']);
    const stranger = check('zoom:meeting/86000000030', 'hosts-disclosed');
    expect(verdict(stranger)).toEqual(['fail', 'stranger']);
    expect(stranger.message).toBe(
      'someone@elsewhere.example can host the meeting but is not among the disclosed participants (settings.alternative_hosts; compared with mediation.participants[].email).',
    );
    expect(verdict(check('zoom:meeting/86000000031', 'hosts-disclosed'))).toEqual(['pass', 'disclosed']);
    expect(verdict(check(TEMPLATE, 'hosts-disclosed'))).toEqual(['unknown', 'missing']);
  });

  it("authenticated-participants: decided with the host's authentication profiles (GET /users/{id}/settings?option=meeting_authentication)", async () => {
    const e = await emulator((x) => {
      const auth = (id: number, option: string, extra: Json = {}) =>
        x.addMeeting(makeMeeting(id, AUDIT.hostId, {}, { meeting_authentication: true, authentication_option: option, ...extra }));
      auth(86000000040, 'authFirm');
      auth(86000000041, 'authCounsel', { authentication_domains: 'counsel.example,court.example' });
      auth(86000000042, 'authAnyZoom');
      auth(86000000043, 'authFirm', { authentication_exception: [{ email: 'expert@example.com', name: 'Expert', join_url: 'https://example.zoom.us/j/86000000043?tk=emu-exception-token' }] });
    });
    const { run, check } = await report(e, ['zoom', String(AUDIT.meetingId), '86000000040', '86000000041', '86000000042', '86000000043', '--profile', 'current', '-f', 'json']);
    expect(verdict(check(MEETING, 'authenticated-participants'))).toEqual(['fail', 'off']);
    const firm = check('zoom:meeting/86000000040', 'authenticated-participants');
    expect(verdict(firm)).toEqual(['pass', 'on']);
    expect(firm.message).toBe("Only participants signed in to the host's account can join, with no bypass links.");
    expect(firm.evidence).toEqual([
      { pointer: '/settings/meeting_authentication', level: 'meeting', locked: false },
      { pointer: '/settings/authentication_option', level: 'meeting', locked: false },
      { pointer: '/host_settings/authentication_options/meeting_authentication/authentication_options/0/type', level: 'user', locked: false },
    ]);
    expect(verdict(check('zoom:meeting/86000000041', 'authenticated-participants'))).toEqual(['pass', 'on']);
    expect(verdict(check('zoom:meeting/86000000042', 'authenticated-participants'))).toEqual(['fail', 'anyAccount']);
    expect(verdict(check('zoom:meeting/86000000043', 'authenticated-participants'))).toEqual(['fail', 'exceptions']);
    // Read once per host, however many of its meetings are checked.
    expect(e.apiRequests(new RegExp(`^/v2/users/${AUDIT.hostId}/settings\\?option=meeting_authentication$`))).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('authenticated-participants: profiles Zoom will not give are one warning and unknown, never an error of every target', async () => {
    const denied = { code: 4711, message: 'Invalid access token, does not contain scopes:[user:read:settings:admin].' };
    const e = await emulator((x) => {
      x.addMeeting(makeMeeting(86000000040, AUDIT.hostId, {}, { meeting_authentication: true, authentication_option: 'authFirm' }));
      x.injectFault({ path: /\/settings\?option=meeting_authentication$/, status: 400, body: denied, times: 99 });
    });
    const { run, json, check } = await report(e, ['zoom', '86000000040', '85746065432', '--profile', 'current', '-f', 'json']);
    expect(json.summary).toMatchObject({ targets: 2, errored: 0 });
    expect(verdict(check('zoom:meeting/86000000040', 'authenticated-participants'))).toEqual(['unknown', 'profile']);
    const warning =
      "could not read the hosts' authentication profiles (GET /users/{userId}/settings?option=meeting_authentication) " +
      '(Zoom API 400 (code 4711): Invalid access token, does not contain scopes:[user:read:settings:admin].). ' +
      'Every target is still checked without them: which authentication profile a meeting uses is not known (authenticated-participants answers unknown). ' +
      'README "Zoom API" lists the scopes each call needs.';
    expect(run.stderr).toBe(`mediate-check: ${warning}\n`);
    expect(json.warnings).toEqual([warning]);
  });
});

describe('evidence: whether the host can change a setting', () => {
  const WAITING = (locked: boolean | null) => [
    { pointer: '/settings/waiting_room', level: 'meeting', locked },
    { pointer: '/settings/waiting_room_options/who_goes_to_waiting_room', level: 'meeting', locked: null },
  ];
  const TEMPLATE_PASSCODE = (locked: boolean | null) => [{ pointer: '/host_settings/meeting_security/meeting_password', level: 'user', locked }];

  it('locked at the account: true; unlocked: false; without the lock scopes: null', async () => {
    const locked = await report(await emulator(), AUDIT_ARGS);
    expect(locked.check(MEETING, 'waiting-room').evidence).toEqual(WAITING(true));
    expect(locked.check(TEMPLATE, 'passcode-required').evidence).toEqual(TEMPLATE_PASSCODE(true));
    expect(locked.check(TEMPLATE, 'waiting-room').evidence).toEqual([
      { pointer: '/settings/waiting_room', level: 'template', locked: true },
      { pointer: '/host_settings/meeting_security/waiting_room_settings/participants_to_place_in_waiting_room', level: 'user', locked: null },
    ]);

    const unlocked = await report(
      await emulator((x) => Object.assign(x.account.lockMeetingSecurity.meeting_security as Json, { waiting_room: false, meeting_password: false })),
      AUDIT_ARGS,
    );
    expect(unlocked.check(MEETING, 'waiting-room').evidence).toEqual(WAITING(false));
    expect(unlocked.check(TEMPLATE, 'passcode-required').evidence).toEqual(TEMPLATE_PASSCODE(false));

    const unknown = await report(await emulator(undefined, { scopes: ALL_SCOPES.filter((s) => !LOCK_SCOPES.includes(s)) }), AUDIT_ARGS);
    expect(unknown.check(MEETING, 'waiting-room').evidence).toEqual(WAITING(null));
    expect(unknown.check(TEMPLATE, 'passcode-required').evidence).toEqual(TEMPLATE_PASSCODE(null));
    // The verdicts do not change with what is known of the locks.
    for (const r of [locked, unlocked, unknown]) expect(verdict(r.check(MEETING, 'waiting-room'))).toEqual(['fail', 'partial']);
  });

  it('require_locked: true turns a pass on an unlocked setting into a fail, keeps passes on locked ones, and an unknown lock unknown', async () => {
    const project = tempProject({ '.mediate-check.yaml': 'profile: current\nrequire_locked: true\n' });
    const args = ['zoom', String(AUDIT.meetingId), '-f', 'json'];

    const plain = await report(await emulator(), [...args, '--profile', 'current']);
    expect(verdict(plain.check(MEETING, 'passcode-not-in-link'))).toEqual(['pass', 'clean']);

    const strict = await report(await emulator(), args, project);
    expect(strict.json.policy).toMatchObject({ path: '.mediate-check.yaml', profile: 'current' });
    const link = strict.check(MEETING, 'passcode-not-in-link');
    expect(verdict(link)).toEqual(['fail', 'notLocked']);
    expect(link.message).toBe('The join link does not carry the passcode. But join_url is not locked, so the host can change it (the policy requires locked settings).');
    // Locked by the account (meeting_password, auto_recording): the passes stand.
    expect(verdict(strict.check(MEETING, 'passcode-required'))).toEqual(['pass', 'set']);
    expect(verdict(strict.check(MEETING, 'no-auto-recording'))).toEqual(['pass', 'off']);

    const lockedLink = await report(
      await emulator((x) => ((x.account.lockMeetingSecurity.meeting_security as Json).embed_password_in_join_link = true)),
      args,
      project,
    );
    expect(verdict(lockedLink.check(MEETING, 'passcode-not-in-link'))).toEqual(['pass', 'clean']);

    const noLocks = await report(await emulator(undefined, { scopes: ALL_SCOPES.filter((s) => !LOCK_SCOPES.includes(s)) }), args, project);
    expect(verdict(noLocks.check(MEETING, 'passcode-not-in-link'))).toEqual(['unknown', 'lockUnknown']);
    expect(verdict(noLocks.check(MEETING, 'passcode-required'))).toEqual(['unknown', 'lockUnknown']);
  });
});

describe("passcode-not-shared with the host's standing passcodes", () => {
  /** The audit host with known standing passcodes; one meeting uses the default, one the PMI's, the audit meeting its own. */
  const standing = (x: ZoomEmulator) => {
    Object.assign(user(x).settings.schedule_meeting as Json, { default_password_for_scheduled_meetings: HOST_DEFAULT, pmi_password: HOST_PMI });
    x.addMeeting(makeMeeting(86000000050, AUDIT.hostId, { password: HOST_DEFAULT }));
    x.addMeeting(makeMeeting(86000000051, AUDIT.hostId, { password: HOST_PMI }));
  };
  const ARGS = ['zoom', String(AUDIT.meetingId), '86000000050', '86000000051', '--profile', 'current'];

  /** Every run of 5 characters of each standing passcode. */
  const runs = [HOST_DEFAULT, HOST_PMI].flatMap((p) => Array.from({ length: p.length - 4 }, (_, i) => p.slice(i, i + 5)));

  it("a meeting whose passcode is the host's default (or PMI) passcode fails; its own passes", async () => {
    const e = await emulator(standing);
    const { check } = await report(e, [...ARGS, '-f', 'json']);
    const shared = check('zoom:meeting/86000000050', 'passcode-not-shared');
    expect(verdict(shared)).toEqual(['fail', 'hostDefault']);
    expect(shared.evidence).toEqual([{ pointer: '/host_settings/schedule_meeting/default_password_for_scheduled_meetings', level: 'user', locked: null }]);
    expect(verdict(check('zoom:meeting/86000000051', 'passcode-not-shared'))).toEqual(['fail', 'pmi']);
    expect(verdict(check(MEETING, 'passcode-not-shared'))).toEqual(['pass', 'own']);
  });

  it('no 5-character run of either standing passcode in any format, on either stream, nor in exported files', async () => {
    const e = await emulator(standing);
    for (const format of ['pretty', 'json', 'sarif', 'junit', 'github', 'briefing']) {
      const r = await cli(e, [...ARGS, '-f', format]);
      expect(r.code, format).toBe(1);
      for (const run of runs) expect(r.stdout + r.stderr, `${format}: ${run}`).not.toContain(run);
    }
    const dir = tempProject();
    const exported = await cli(e, ['export', '86000000050', '86000000051', '-o', dir]);
    expect(exported.code).toBe(0);
    const files = readdirSync(dir);
    expect(files.sort()).toEqual(['meeting-86000000050.yaml', 'meeting-86000000051.yaml']);
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      for (const run of runs) expect(text, `${name}: ${run}`).not.toContain(run);
      const schedule = (parse(text) as Json).host_settings.schedule_meeting;
      expect(schedule).toMatchObject({ require_password_for_scheduling_new_meetings: true });
      expect(Object.keys(schedule)).not.toContain('default_password_for_scheduled_meetings');
      expect(Object.keys(schedule)).not.toContain('pmi_password');
    }
  });
});
