// The loader: located validation errors, suggestions, and no passcode in any message.
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../src/load/parse-meeting';

function errorOf(text: string) {
  const result = parseMeeting(text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseMeeting', () => {
  it('accepts unknown Zoom fields, and leaves them out of the model', () => {
    const result = parseMeeting('id: 1\nhost_email: a@example.com\nsettings:\n  watermark: true\n  waiting_room: false\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual({ id: 1, settings: { waiting_room: false } });
  });

  it('reads JSON with positions', () => {
    const result = parseMeeting('{\n  "id": 1,\n  "settings": {\n    "waiting_room": true\n  }\n}\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.locate('/settings/waiting_room')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 19 });
  });

  it('rejects a value outside the allowed set, naming the key and line', () => {
    const error = errorOf('mediation:\n  participants:\n    - name: A\n      network: hotel-wifi\n');
    expect(error).toMatchObject({ line: 4, column: 7, pointer: '/mediation/participants/0/network' });
    expect(error.message).toBe('mediation.participants[0].network: must be one of "private", "vpn", "public", "unknown", not that value');
  });

  it('rejects an unknown mediation key and suggests the nearest', () => {
    const error = errorOf('topic: x\nmediation:\n  lock_after_joining: true\n');
    expect(error).toMatchObject({ line: 3, column: 3, pointer: '/mediation/lock_after_joining' });
    expect(error.message).toBe('mediation.lock_after_joining: unknown key in mediation; did you mean "lock_after_join"?');
  });

  it('suggests within nested strict blocks', () => {
    const error = errorOf('mediation:\n  agreement:\n    atendees_disclosed: true\n');
    expect(error.message).toContain('did you mean "attendees_disclosed"?');
    expect(error.line).toBe(3);
  });

  it('rejects a version that is not major.minor.patch', () => {
    const error = errorOf('mediation:\n  client:\n    minimum_version: "5.4"\n');
    expect(error).toMatchObject({ line: 3, column: 5 });
    expect(error.message).toContain('mediation.client.minimum_version: must be a version written major.minor.patch');
  });

  it('rejects wrong types of the Zoom fields rules read', () => {
    expect(errorOf('settings:\n  waiting_room: "yes"\n')).toMatchObject({
      message: 'settings.waiting_room: must be true or false, not text (write true, without quotes)',
      line: 2,
      column: 3,
    });
    expect(errorOf('type: 5\n').message).toContain('type: must be one of 1, 2, 3, 4, 8, 10');
    expect(errorOf('id: abc\n').message).toBe('id: must be a meeting id: a whole number, or a string of digits');
    expect(errorOf('id: 1.5\n').message).toBe('id: must be a meeting id: a whole number, or a string of digits');
    expect(errorOf('settings:\n  auto_recording: always\n').message).toContain('"local", "cloud", "none"');
  });

  it('never quotes a passcode, even when its line is the one that fails', () => {
    const error = errorOf('topic: x\npassword: 012345\n');
    expect(error.message).toContain('password: must be text, not a number (put it in quotes');
    expect(JSON.stringify(error)).not.toContain('12345');
    const syntax = errorOf('topic: x\npassword: "s3cr3tPass\nsettings: [\n');
    expect(JSON.stringify(syntax)).not.toContain('s3cr3tPass');
    expect(syntax.message).toMatch(/^invalid YAML: /);
  });

  it('reports every problem, in file order', () => {
    const error = errorOf('settings:\n  waiting_room: 1\nmediation:\n  lock_after_join: "no"\n  extra: 1\n');
    expect(error.problems?.map((p) => p.line)).toEqual([2, 4, 5]);
    expect(error.message).toContain('(and 2 more)');
  });

  it('rejects documents that are not one mapping', () => {
    expect(errorOf('- a\n- b\n').message).toBe('must be a mapping of Zoom meeting fields, but holds a list');
    expect(errorOf('just text\n').message).toBe('must be a mapping of Zoom meeting fields, but holds a single value');
    expect(errorOf('').message).toContain('holds nothing');
    expect(errorOf('# only a comment\n').message).toContain('holds nothing');
    expect(errorOf('id: 1\n---\nid: 2\n')).toMatchObject({ line: 2, message: 'holds 2 YAML documents; exactly one is expected' });
  });

  it('takes a near-miss of a block name for the typo it is, but accepts other unknown fields', () => {
    expect(errorOf('topic: x\nmediaton:\n  lock_after_join: true\n')).toMatchObject({
      message: 'mediaton: unknown key at the top level; did you mean "mediation"?',
      line: 2,
      column: 1,
    });
    expect(errorOf('host_setings: {}\n').message).toContain('did you mean "host_settings"?');
    expect(parseMeeting('tracking_fields: []\nagenda: x\ncreation_source: open_api\n').ok).toBe(true);
  });

  it('rejects duplicate keys with their line', () => {
    const error = errorOf('id: 1\ntopic: a\ntopic: b\n');
    expect(error.message).toContain('invalid YAML');
    expect(error.line).toBe(3);
  });
});
