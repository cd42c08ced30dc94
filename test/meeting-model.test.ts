// The meeting model's second-release fields: the new blocks validate with Zoom's
// enums where rules read them, unread Zoom fields are accepted and left out, and
// credentials the rules do not need never reach the model.
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../src/load/parse-meeting';

const parse = (text: string) => parseMeeting(text);
function errorOf(text: string) {
  const result = parse(text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('the meeting model', () => {
  it('keeps the fields rules read from every block, and leaves out the rest', () => {
    const result = parse(
      [
        'settings:',
        '  audio: both',
        '  who_will_receive_summary: 9          # unread: any value',
        '  waiting_room_options: {mode: custom, who_goes_to_waiting_room: everyone}',
        '  authentication_exception:',
        '    - {email: a@example.com, join_url: "https://example.zoom.us/s/1?tk=secret-token-value"}',
        'host_settings:',
        '  in_meeting: {breakout_room: true, join_from_desktop: false, whiteboard: true}',
        '  meeting_security: {phone_password: true, waiting_room_settings: {participants_to_place_in_waiting_room: 0, users_who_can_admit_participants_from_waiting_room: 7}}',
        'account_settings:',
        '  recording: {archive: {enable: false, type: 99}}',
        '  meeting_security: {waiting_room_options: {admit_type: 2}}',
        'locks:',
        '  meeting_security: {waiting_room: true}',
        '  chat: {share_files: true}',
      ].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      settings: { audio: 'both', waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' }, authentication_exception: [{ email: 'a@example.com' }] },
      host_settings: {
        in_meeting: { breakout_room: true, join_from_desktop: false },
        meeting_security: { phone_password: true, waiting_room_settings: { participants_to_place_in_waiting_room: 0 } },
      },
      account_settings: { recording: { archive: { enable: false } }, meeting_security: { waiting_room_options: { admit_type: 2 } } },
      locks: { meeting_security: { waiting_room: true } },
    });
    expect(JSON.stringify(result.value)).not.toContain('secret-token');
  });

  it('holds the fields rules read to Zoom\'s enums, naming the key and line', () => {
    expect(errorOf('settings:\n  audio: pigeon\n')).toMatchObject({ line: 2, pointer: '/settings/audio' });
    expect(errorOf('settings:\n  waiting_room_options:\n    who_goes_to_waiting_room: friends\n')).toMatchObject({ line: 3, pointer: '/settings/waiting_room_options/who_goes_to_waiting_room' });
    expect(errorOf('host_settings:\n  meeting_security:\n    waiting_room_settings:\n      participants_to_place_in_waiting_room: 3\n')).toMatchObject({ line: 4 });
    expect(errorOf('locks:\n  in_meeting:\n    breakout_room: "yes"\n').message).toBe('locks.in_meeting.breakout_room: must be true or false, not text (write true, without quotes)');
    expect(errorOf('mediation:\n  invitation:\n    passcode_sent_seperately: true\n').message).toContain('did you mean "passcode_sent_separately"?');
    expect(errorOf('accounts_settings:\n  x: 1\n').message).toContain('did you mean "account_settings"?');
  });

  it('takes a participant email and the agreement\'s statutory clause', () => {
    const result = parse('mediation:\n  participants:\n    - {name: A, email: a@example.com}\n  agreement:\n    statutory_mediation: true\n');
    expect(result.ok).toBe(true);
  });
});
