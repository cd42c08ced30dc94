// Pieces of the Zoom source that are easier to pin down alone than through the CLI.
import { describe, expect, it } from 'vitest';
import { hostSettingsFrom, meetingFromTemplate, withoutSecrets, zoomTarget } from '../src/zoom/map-meeting';
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
