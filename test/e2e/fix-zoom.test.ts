// `mediate-check zoom --fix [--apply]` against the emulator on 127.0.0.1: the
// plan sends nothing; --apply sends one PATCH per meeting with only the planned
// settings (validated against Zoom's request schema), reads the meeting back and
// names every value Zoom did not keep.
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES, AUDIT, seedAudit, type ZoomEmulator } from '../helpers/zoom-emulator';
import { zoomSession } from '../helpers/zoom-session';
import { patchBodyValidator, requestSchemaAvailable } from '../helpers/zoom-request-schema';

/** Keys a PATCH body must never hold. */
const SECRET_KEYS = /password|passcode|start_url|host_key|token|join_url/i;

const { emulator, cli } = zoomSession({ defaults: { validatePatchBody: patchBodyValidator() } });

const patchesIn = (e: ZoomEmulator) => e.log.filter((r) => r.method === 'PATCH');
const statusOf = (report: { targets: { target: string; checks: { rule: string; status: string }[] }[] }, target: string, rule: string) =>
  report.targets.find((t) => t.target === target)?.checks.find((c) => c.rule === rule)?.status;


describe.skipIf(!requestSchemaAvailable)('mediate-check zoom --fix', () => {
  it('without --apply prints the plan and sends nothing', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '--profile', 'current', '--fix', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(patchesIn(e)).toEqual([]);
    expect(e.patches).toEqual([]);
    expect(r.stderr).toContain('mediate-check: zoom:meeting/85746065432: would set settings.waiting_room: false → true (waiting-room)\n');
    expect(r.stderr).toContain('would set settings.waiting_room_options.mode: follow_setting → custom (waiting-room)');
    expect(r.stderr).toContain('would set settings.waiting_room_options.who_goes_to_waiting_room: (not set) → everyone (waiting-room)');
    expect(r.stderr).toContain('nothing was sent to Zoom: add --apply to make these changes');
    // The report is the meeting as it is.
    expect(statusOf(JSON.parse(r.stdout), 'zoom:meeting/85746065432', 'waiting-room')).toBe('fail');
  });

  it('--apply sends only the planned fields, reads the meeting back and reports what Zoom kept', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '--profile', 'current', '--fix', '--apply', '-f', 'json']);
    expect(e.patches).toEqual([
      { id: '85746065432', body: { settings: { waiting_room: true, waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' } } } },
    ]);
    expect(patchesIn(e).map((p) => p.path)).toEqual(['/v2/meetings/85746065432']);
    // The meeting was read again after the PATCH.
    const reads = e.log.filter((l) => l.method === 'GET' && l.path === '/v2/meetings/85746065432');
    expect(reads).toHaveLength(2);
    expect(reads[1]!.at).toBeGreaterThanOrEqual(patchesIn(e)[0]!.at);
    const report = JSON.parse(r.stdout);
    expect(statusOf(report, 'zoom:meeting/85746065432', 'waiting-room')).toBe('pass');
    expect(r.stderr).toContain('zoom:meeting/85746065432: sending settings.waiting_room: false → true (waiting-room)');
    expect(r.stderr).not.toContain('did not keep');
    expect(r.code).toBe(0);
  });

  it('names a value Zoom overwrote, and its check fails on what Zoom kept', async () => {
    const e = await emulator({ overwrite: { 'settings.waiting_room_options.who_goes_to_waiting_room': 'users_not_in_account' } });
    const r = await cli(e, ['zoom', '85746065432', '--profile', 'current', '--fix', '--apply', '-f', 'json']);
    expect(e.patches).toHaveLength(1);
    const notKept = 'zoom:meeting/85746065432: Zoom did not keep settings.waiting_room_options.who_goes_to_waiting_room = "everyone" (it is "users_not_in_account")';
    expect(r.stderr).toContain(`mediate-check: ${notKept}\n`);
    expect(r.stderr.match(/did not keep/g)).toHaveLength(1); // the values Zoom kept are not named
    const report = JSON.parse(r.stdout);
    expect(report.warnings).toContain(notKept);
    const check = report.targets[0].checks.find((c: { rule: string }) => c.rule === 'waiting-room');
    expect({ status: check.status, messageId: check.messageId }).toEqual({ status: 'fail', messageId: 'partial' });
    expect(r.code).toBe(1);
  });

  it('with --user: fixes every meeting of the host in the proper-use profile; host settings are steps, no body holds a secret', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '--user', 'host2', '--fix', '--apply', '-f', 'json']);
    expect(e.patches).toEqual([{ id: '6589310093', body: { settings: { waiting_room: false, auto_recording: 'none' } } }]);
    for (const { body } of e.patches) expect(JSON.stringify(body)).not.toMatch(SECRET_KEYS);
    // The account locks automatic recording (makeAccount): the plan says Zoom may keep its value.
    expect(r.stderr).toContain('zoom:meeting/6589310093: sending settings.auto_recording: cloud → none (no-auto-recording) [locked for the host: Zoom may keep its own value]\n');
    expect(r.stderr).toContain('zoom:meeting/6589310093: sending settings.waiting_room: true → false (no-waiting-room)\n');
    expect(r.stderr).toContain(
      'zoom:meeting/6589310093: by hand (passcode-not-in-link): Zoom web portal: Settings → Meeting → Security → "Embed passcode in invite link for one-click join": off',
    );
    const report = JSON.parse(r.stdout);
    expect(statusOf(report, 'zoom:meeting/6589310093', 'no-waiting-room')).toBe('pass');
    expect(statusOf(report, 'zoom:meeting/6589310093', 'no-auto-recording')).toBe('pass');
    // The PMI and the link are a person's to change: still failing.
    expect(statusOf(report, 'zoom:meeting/6589310093', 'unique-meeting-id')).toBe('fail');
    expect(r.code).toBe(1);
  });

  it('with --all-users --templates: meetings are patched, templates get steps only', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '--all-users', '--templates', '--profile', 'current', '--fix', '--apply', '-f', 'json']);
    expect(e.patches.map((p) => p.id).sort()).toEqual(['6589310093', '85746065432']);
    expect(patchesIn(e).every((p) => /^\/v2\/meetings\/\d+$/.test(p.path))).toBe(true);
    expect(r.stderr).toContain(
      'mediate-check: zoom:template/emuTpl001: by hand (waiting-room): Zoom web portal: Settings → Meeting → Meeting templates → this template → Edit: Turn the waiting room on and send everyone to it.\n',
    );
  });

  it('sends no value the meeting already has, but keeps waiting_room_options whole', async () => {
    const e = await emulator({}, seedAudit);
    const r = await cli(e, ['zoom', String(AUDIT.meetingId), '--profile', 'current', '--fix', '--apply', '-f', 'json']);
    // waiting_room is already true: not sent; mode is already custom but goes with its sibling (Zoom requires it).
    expect(e.patches).toEqual([
      { id: String(AUDIT.meetingId), body: { settings: { waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' }, join_before_host: false } } },
    ]);
    expect(r.stderr).toContain(
      `zoom:meeting/${AUDIT.meetingId}: sending settings.waiting_room_options.who_goes_to_waiting_room: users_not_in_account → everyone (waiting-room)\n`,
    );
    const report = JSON.parse(r.stdout);
    expect(statusOf(report, `zoom:meeting/${AUDIT.meetingId}`, 'waiting-room')).toBe('pass');
    expect(statusOf(report, `zoom:meeting/${AUDIT.meetingId}`, 'no-join-before-host')).toBe('pass');
  });

  it('a PATCH Zoom refuses (no write scope) is an error of that meeting: exit 2, the report as it was', async () => {
    const e = await emulator({ scopes: ALL_SCOPES.filter((s) => s !== 'meeting:update:meeting:admin') });
    const r = await cli(e, ['zoom', '85746065432', '--profile', 'current', '--fix', '--apply', '-f', 'json']);
    expect(e.patches).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zoom:meeting/85746065432: Zoom did not take the changes:');
    expect(r.stderr).toContain('meeting:update:meeting:admin');
  });

  it('--apply without --fix is a usage error and sends nothing', async () => {
    const e = await emulator();
    const r = await cli(e, ['zoom', '85746065432', '--apply']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--apply sends the fixes of --fix: give both');
    expect(e.apiRequests()).toBe(0);
  });

  it('the emulator refuses a body outside Zoom\'s request schema (the validation can fail)', async () => {
    const e = await emulator();
    const validate = patchBodyValidator();
    expect(validate({ settings: { waiting_room: true, waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' } } })).toEqual([]);
    expect(validate({ settings: { auto_recording: 'always' } })).not.toEqual([]);
    expect(validate({ settings: { waiting_room_option: { mode: 'custom' } } })).toEqual(['/settings/waiting_room_option is not a field of the request']);
    expect(validate({ settings: { waiting_room_options: { who_goes_to_waiting_room: 'everyone' } } })).not.toEqual([]); // mode is required
    void e;
  });
});
