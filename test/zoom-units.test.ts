// Pieces of the Zoom source that are easier to pin down alone than through the CLI.
import { describe, expect, it } from 'vitest';
import { meetingIds } from '../src/commands/check-zoom';
import { locksFrom, mergeLocks } from '../src/zoom/effective-settings';
import { hostSettingsFrom, meetingFromTemplate, withStandingPasscodes, withoutSecrets, zoomTarget } from '../src/zoom/map-meeting';
import { zoomRateLabel } from '../src/zoom/rate-labels';

describe('Zoom rate-limit labels', () => {
  it('maps every endpoint the tool calls to its label (zoom-api notes §4.4), Medium when unknown', () => {
    expect(zoomRateLabel('/meetings/85746065432')).toBe('Light');
    expect(zoomRateLabel('/users/me')).toBe('Light');
    expect(zoomRateLabel('/users')).toBe('Medium');
    expect(zoomRateLabel('/users/me/meetings')).toBe('Medium');
    expect(zoomRateLabel('/users/me/settings?option=meeting_security')).toBe('Medium');
    expect(zoomRateLabel('/users/me/meeting_templates')).toBe('Medium');
    expect(zoomRateLabel('/users/me/meeting_templates/T1')).toBe('Medium');
    expect(zoomRateLabel('/accounts/me/lock_settings')).toBe('Medium');
    expect(zoomRateLabel('/metrics/meetings')).toBe('Resource-intensive');
    expect(zoomRateLabel('/something/new')).toBe('Medium');
  });
});

describe('mapping API objects', () => {
  it('drops every secret text value, at any depth, and keeps booleans of the same name', () => {
    const cleaned = withoutSecrets({
      password: 'x1',
      start_url: 'https://z/s/1?zak=t',
      dynamic_host_key: '55667788',
      settings: { pmi_password: 'p', meeting_password: true, list: [{ encrypted_password: 'e', keep: 1 }], pstn_password: 557201 },
    });
    expect(cleaned).toEqual({ settings: { meeting_password: true, list: [{ keep: 1 }] } });
  });

  it('keeps what rules read in the model, and the passcodes no output may repeat (H.323): no start URL', () => {
    const target = zoomTarget('zoom:meeting/1', { id: 1, type: 2, start_url: 'https://z/s/1?zak=t', h323_password: '557201', password: 'pw', settings: { x: 1 } });
    expect(target.meeting).toEqual({ id: 1, type: 2, password: 'pw', h323_password: '557201', settings: {} });
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

  it("takes the host's meeting authentication profiles, not the recording ones", () => {
    const profile = { id: 'a1', name: 'Firm', type: 'enforce_login_with_same_account', default_option: true, visible: true };
    const host = hostSettingsFrom(undefined, undefined, {
      authentication_options: {
        meeting_authentication: { meeting_authentication: true, allow_authentication_exception: false, authentication_options: [profile] },
        recording_authentication: { recording_authentication: true, authentication_options: [{ id: 'r1', type: 'internally' }] },
      },
    });
    expect(host).toEqual({
      authentication_options: { meeting_authentication: { meeting_authentication: true, allow_authentication_exception: false, authentication_options: [profile] } },
    });
    // An answer of another shape adds nothing.
    expect(hostSettingsFrom(undefined, undefined, { authentication_options: [] })).toEqual({});
  });

  it("keeps the host's standing passcodes for checking (text only), and withoutSecrets still drops them", () => {
    const defaults = { schedule_meeting: { join_before_host: false, default_password_for_scheduled_meetings: 'd3f4ult', pmi_password: 12345 } };
    const host = withStandingPasscodes(hostSettingsFrom(defaults, undefined), defaults);
    // A number under a secret key is dropped like text (a numeric passcode is still a passcode), never kept for checking.
    expect(host).toEqual({ schedule_meeting: { join_before_host: false, default_password_for_scheduled_meetings: 'd3f4ult' } });
    expect(withoutSecrets(host)).toEqual({ schedule_meeting: { join_before_host: false } });
    expect(withStandingPasscodes({}, defaults)).toEqual({});
  });

  it('moves template settings to where a meeting holds them', () => {
    const host = {
      in_meeting: { who_can_share_screen: 'all', show_a_join_from_your_browser_link: false, breakout_room: true },
      meeting_security: { embed_password_in_join_link: true, meeting_password: true },
    };
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
    expect(meeting).toMatchObject({ template_id: 'T1', topic: 'Locked' });
    // A1: the template's breakout_room is "breakout rooms allowed", held where the host holds it, not the pre-assign flag.
    expect(meeting.settings).toEqual({ waiting_room: true, auto_recording: 'local' });
    // The template's in-meeting settings win over the host's; the rest of the host's settings stay (A3: meeting_password).
    expect(meeting.host_settings).toEqual({
      in_meeting: { who_can_share_screen: 'host', show_a_join_from_your_browser_link: false, breakout_room: false },
      meeting_security: { embed_password_in_join_link: true, meeting_password: true },
    });
    expect(meetingFromTemplate({ id: 'T2', name: 'Empty' }, {}).settings).toEqual({});
  });

  it('gives a template and a meeting of the same host the same breakout-room setting', () => {
    const host = hostSettingsFrom({ in_meeting: { breakout_room: true } }, { meeting_security: { meeting_password: true } });
    const fromTemplate = meetingFromTemplate({ id: 'T3', name: 'Caucus', settings: { in_meeting: { breakout_room: true } } }, host);
    const meeting = { settings: { breakout_room: { enable: false } }, host_settings: host };
    expect((fromTemplate.host_settings as typeof host).in_meeting).toEqual(meeting.host_settings.in_meeting);
    expect(fromTemplate.settings).not.toHaveProperty('breakout_room');
  });
});

describe('locks', () => {
  const level = (inMeeting: Record<string, unknown> | null, security: Record<string, unknown> | null) => ({
    schedule_meeting: inMeeting === null ? null : {},
    in_meeting: inMeeting,
    recording: inMeeting === null ? null : {},
    meeting_security: security,
  });

  it('is true where the account or any group locks, false where every level was read and none does', () => {
    const account = level({ breakout_room: false, screen_sharing: true, chat: false }, { waiting_room: true, phone_password: false });
    const group = level({ breakout_room: true, chat: false }, { waiting_room: false, phone_password: false });
    expect(locksFrom([account, group], true)).toEqual({
      in_meeting: { breakout_room: true, screen_sharing: true, chat: false },
      meeting_security: { waiting_room: true, phone_password: false },
    });
  });

  it('keeps only the locks it knows of when a level could not be read', () => {
    const account = level({ breakout_room: false, screen_sharing: true }, null);
    const group = level({ breakout_room: false }, { waiting_room: true, phone_password: false });
    // The account's meeting_security locks were not read: a group's true stands, nothing is false there.
    expect(locksFrom([account, group], true)).toEqual({ in_meeting: { breakout_room: false, screen_sharing: true }, meeting_security: { waiting_room: true } });
    // The host's groups could not be read: only the account's locks that are true.
    expect(locksFrom([account], false)).toEqual({ in_meeting: { screen_sharing: true } });
    expect(locksFrom([level(null, null)], true)).toBeUndefined();
  });

  it('takes only booleans as lock flags, at any depth', () => {
    expect(mergeLocks([{ encryption_type: 'e2ee', a: { b: true } }, { encryption_type: true, a: { b: false, c: false } }], true)).toEqual({
      encryption_type: true,
      a: { b: true, c: false },
    });
    expect(mergeLocks([{ encryption_type: 'e2ee' }], true)).toEqual({});
  });

  it('goes no deeper than lock settings do, whatever a server nests', () => {
    let deep: Record<string, unknown> = { locked: true };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(mergeLocks([deep], true)).toEqual({});
    expect(mergeLocks([{ a: { b: { c: { d: true } } } }], true)).toEqual({ a: { b: { c: { d: true } } } });
  });
});

describe('meeting ids from the command line', () => {
  it('keeps each meeting once, as a number without leading zeros, in the order first given', () => {
    expect(meetingIds(['857 4606 5432', '6589310093', '857-4606-5432', '0085746065432', '0'])).toEqual(['85746065432', '6589310093', '0']);
  });
});
