// Field changes spliced into a meeting file's own text: only the changed value
// moves, everything else (comments, quoting, blank lines, line endings) stays.
import { describe, expect, it } from 'vitest';
import { editText } from '../src/fix/edit-document';

const wr = (value: boolean) => [{ pointer: '/settings/waiting_room', value }];
const everyone = [
  { pointer: '/settings/waiting_room_options/mode', value: 'custom' },
  { pointer: '/settings/waiting_room_options/who_goes_to_waiting_room', value: 'everyone' },
];

describe('editText', () => {
  it('replaces a value in place, keeping its comment and the blank lines around it', () => {
    expect(editText('# head\n\nsettings:\n  waiting_room: yes_please   # odd\n\n  audio: voip\n', wr(false))).toBe(
      '# head\n\nsettings:\n  waiting_room: false   # odd\n\n  audio: voip\n',
    );
  });

  it('keeps the quotes of a double-quoted string and quotes words YAML 1.1 reads as booleans', () => {
    expect(editText('settings:\n  auto_recording: "cloud"\n', [{ pointer: '/settings/auto_recording', value: 'none' }])).toBe('settings:\n  auto_recording: "none"\n');
    expect(editText('settings:\n  auto_recording: cloud\n', [{ pointer: '/settings/auto_recording', value: 'off' }])).toBe('settings:\n  auto_recording: "off"\n');
  });

  it('adds a missing mapping at the end of its parent, after a nested last member', () => {
    expect(editText('settings:\n  breakout_room:\n    enable: false\nmediation: {}\n', everyone)).toBe(
      'settings:\n  breakout_room:\n    enable: false\n  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: everyone\nmediation: {}\n',
    );
  });

  it('adds a missing top-level block at the end of a file without a final line break', () => {
    expect(editText('type: 2', wr(true))).toBe('type: 2\nsettings:\n  waiting_room: true');
  });

  it('keeps Windows line endings', () => {
    expect(editText('type: 2\r\nsettings:\r\n  audio: voip\r\n', wr(true))).toBe('type: 2\r\nsettings:\r\n  audio: voip\r\n  waiting_room: true\r\n');
  });

  it('writes into a flow mapping and an inline JSON object', () => {
    expect(editText('settings: {waiting_room: true, audio: voip}\n', wr(false))).toBe('settings: {waiting_room: false, audio: voip}\n');
    expect(editText('{"settings": {"audio": "voip"}}', wr(true))).toBe('{"settings": {"audio": "voip", "waiting_room": true}}');
  });

  it('falls back to the document model for an empty mapping, keeping the comments', () => {
    expect(editText('# head\ntype: 2 # scheduled\nsettings: {}\n', wr(true))).toBe('# head\ntype: 2 # scheduled\nsettings: { waiting_room: true }\n');
  });

  it('falls back to JSON with the file\'s indentation where a JSON object is empty', () => {
    expect(editText('{\n\t"settings": {}\n}\n', wr(true))).toBe('{\n\t"settings": {\n\t\t"waiting_room": true\n\t}\n}\n');
  });
});
