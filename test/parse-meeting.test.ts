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

  // Security review M1, newcomer trial items 1 and 2: the parser's message is replaced,
  // by where it points, with one that names the key and the passcode's own line.
  it.each([
    ['an unquoted passcode starting with * (an alias)', 'id: 85746065432\ntype: 2\npassword: *Qm7tR2x9\n', 'Qm7tR2x9', 3, 'password: a value starting with * must be quoted'],
    ['the alias on the next line', 'id: 1\npassword:\n  *Xk92mQz\n', 'Xk92mQz', 3, 'password: a value starting with * must be quoted'],
    ['an alias in a flow mapping', 'id: 1\nsettings: {password: *Xk92mQz}\n', 'Xk92mQz', 2, 'password: a value starting with * must be quoted'],
    ['an alias in JSON', '{\n  "id": 1,\n  "password": *Xk92mQz\n}\n', 'Xk92mQz', 3, 'password: a value starting with * must be quoted'],
    ['a backslash in a quoted passcode', 'id: 1\ntopic: t\npassword: "C:\\Users9x"\n', 'Users9x', 3, 'password: a backslash inside double quotes starts an escape sequence'],
    ['\\U in a quoted passcode', 'password: "\\UZq9SECRETx7"\n', 'Zq9SECRETx7', 1, 'password: a backslash inside double quotes'],
    ['\\U in JSON', '{"id": 1,\n "password": "\\UABCDEFGH12"}', 'ABCDEFGH12', 2, 'password: a backslash inside double quotes'],
    ['an unclosed quote', 'topic: x\npassword: "s3cr3tPass\nsettings: [\n', 's3cr3tPass', 2, 'password: the quote that opens the value is never closed'],
    ['a tag', 'id: 1\nencrypted_password: !Zq9SECRET\n', 'Zq9SECRET', 2, 'encrypted_password: a value starting with ! must be quoted'],
    ['a host key starting with @', 'id: 1\ndynamic_host_key: @731946\n', '731946', 2, 'dynamic_host_key: a value starting with @ must be quoted'],
    ['a pwd= link with a bad escape', 'id: 1\njoin_url: "https://zoom.us/j/1?pwd=Zq9SECRET\\q"\n', 'Zq9SECRET', 2, 'join_url: a backslash inside double quotes'],
    ['a pwd= link under any key', 'id: 1\nnotes: "https://zoom.us/j/1?pwd=Zq9SECRET\\q"\n', 'Zq9SECRET', 2, 'a link with a credential (pwd=, tk= or zak=): a backslash'],
    ['a typo in the key', 'id: 1\npasword: *Zq9SECRET\n', 'Zq9SECRET', 2, 'pasword: a value starting with * must be quoted'],
    ['start_url as an alias', 'start_url: *Zq9SECRET\n', 'Zq9SECRET', 1, 'start_url: a value starting with * must be quoted'],
  ])('never quotes %s, and points at its line', (_name, text, secret, line, message) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.message).toContain('(the value is not shown)');
    expect(error.line).toBe(line);
    for (let i = 0; i + 5 <= secret.length; i++) expect(JSON.stringify(error)).not.toContain(secret.slice(i, i + 5));
  });

  // A mistake on the line after a secret is the next line's: the parser points at that
  // line's first character, which the secret's range (ending past its line break) once took in.
  it.each([
    ['a line indented by one space', 'id: 1\npassword: "Abcdefg1"\n topic: x\n', 3, 2, 'invalid YAML: line 3 is indented 1 space, the other top-level keys not at all: use 2 spaces per level (parser: All mapping items must start at the same column)'],
    ['the same, with topic above', 'topic: x\npassword: "Abcdefg1"\n topic: x\n', 3, 2, 'invalid YAML: line 3 is indented 1 space, the other top-level keys not at all: use 2 spaces per level (parser: All mapping items must start at the same column)'],
    ['a key without its colon', 'id: 1\npassword: "Abcdefg1"\ntopic x\n', 3, 1, 'invalid YAML: Implicit map keys need to be followed by map values'],
    ['a duplicate password', 'id: 1\npassword: "Abcdefg1"\npassword: "Abcdefg2"\n', 3, 1, 'invalid YAML: Map keys must be unique: "password" is given more than once'],
    ['a duplicate key after a plain passcode', 'settings: {}\npassword: Abcdefg1\nsettings: {}', 3, 1, 'invalid YAML: Map keys must be unique: "settings" is given more than once'],
    ['a tab on the next line', 'id: 1\npassword: "Abcdefg1"\n\ttopic: x\n', 3, 1, 'invalid YAML: line 3 starts with a tab: indent with spaces (parser: Tabs are not allowed as indentation)'],
    ['a line indented by one space after a link', 'id: 1\njoin_url: "https://x.test/j/1?pwd=Abcdefg1"\n topic: x\n', 3, 2, 'invalid YAML: line 3 is indented 1 space, the other top-level keys not at all: use 2 spaces per level (parser: All mapping items must start at the same column)'],
    ['a key without its colon after a link', 'id: 1\njoin_url: https://x.test/j/1?pwd=Abcdefg1\ntopic x\n', 3, 1, 'invalid YAML: Implicit map keys need to be followed by map values'],
    ['a duplicate link', 'id: 1\njoin_url: https://x.test/j/1?pwd=Abcdefg1\njoin_url: https://x.test/j/1?pwd=Abcdefg2\n', 3, 1, 'invalid YAML: Map keys must be unique: "join_url" is given more than once'],
    ['a tab after a link', 'id: 1\njoin_url: "https://x.test/j/1?pwd=Abcdefg1"\n\ttopic: x\n', 3, 1, 'invalid YAML: line 3 starts with a tab: indent with spaces (parser: Tabs are not allowed as indentation)'],
  ])('blames the next line, not the secret before it, for %s', (_name, text, line, column, message) => {
    expect(errorOf(text)).toEqual({ message, line, column });
    expect(JSON.stringify(errorOf(text))).not.toMatch(/Abcdefg/);
  });

  it('never quotes a passcode whose key holds a stray character', () => {
    const error = errorOf('id: 1\n]pa@ssword: *Zq9SECRET\n');
    expect(error.problems?.map((p) => p.message)).toContain('invalid YAML: ssword: a value starting with * must be quoted (the value is not shown)');
    for (let i = 0; i + 5 <= 9; i++) expect(JSON.stringify(error)).not.toContain('Zq9SECRET'.slice(i, i + 5));
  });

  it('keeps the parser\'s description, never its excerpt of the source, where no secret is', () => {
    expect(errorOf('{"password": "ok12345", "topic": "a\\qb"}')).toMatchObject({ message: 'invalid YAML: Invalid escape sequence', line: 1, column: 36 });
    expect(errorOf('{"password": *ok12345, "topic": *other}')).toMatchObject({ message: 'invalid YAML: password: a value starting with * must be quoted (the value is not shown)' });
    expect(errorOf('id: 1\ntopic: *nowhere\n')).toMatchObject({ message: 'invalid YAML: Unresolved alias (the anchor must be set before the alias)', line: 2, column: 8 });
    expect(errorOf('id: 1\ntopic: "a\\qb"\n')).toMatchObject({ message: 'invalid YAML: Invalid escape sequence', line: 2 });
    expect(errorOf('id: 1\n]topic: x\n').problems?.map((p) => p.message)).toContain('invalid YAML: Unexpected flow-seq-end token in YAML stream');
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
    expect(error.message).toBe('invalid YAML: Map keys must be unique: "topic" is given more than once');
    expect(error.line).toBe(3);
    expect(errorOf('settings: {a: 1, b: 2, a: 3}\n')).toMatchObject({ line: 1, column: 24 });
  });

  // Security review M5: the yaml package's own duplicate check is quadratic (a 965 KB
  // flow mapping of 242,234 keys took 292 s). Such a file is now refused unparsed,
  // and the duplicate check of what is parsed is linear.
  it('refuses a file of hundreds of thousands of keys before parsing it', () => {
    const keys = Array.from({ length: 242_234 }, (_, i) => i.toString(36));
    const flow = '{' + keys.join(',') + '}';
    expect(flow.length).toBeGreaterThan(900_000);
    const started = performance.now();
    const error = errorOf(flow);
    expect(performance.now() - started).toBeLessThan(5_000); // a guard against hangs only: it takes milliseconds
    expect(error).toMatchObject({ message: 'holds more than 20000 lines and list or mapping entries; Zoom meeting fields take a few hundred', line: 1 });
    const lines = Array.from({ length: 30_000 }, (_, i) => `key_${i}: ${i}`).join('\n');
    expect(errorOf(lines)).toMatchObject({ line: 20_001 });
  });

  it('checks duplicate keys in linear time', () => {
    // 19,000 keys: quadratic work would compare 180 million pairs.
    const keys = Array.from({ length: 19_000 }, (_, i) => `k${i}`);
    for (const text of ['{' + keys.join(',') + ',k0}', keys.map((k) => `${k}: 1`).join('\n') + '\nk0: 2\n']) {
      const started = performance.now();
      const error = errorOf(text);
      expect(performance.now() - started).toBeLessThan(5_000); // a guard against hangs only
      expect(error.message).toBe('invalid YAML: Map keys must be unique: "k0" is given more than once');
    }
  });

  it('keeps at most 100 of thousands of problems', () => {
    const text = 'mediation:\n' + Array.from({ length: 5000 }, (_, i) => `  extra_${i}: 1`).join('\n') + '\n';
    const error = errorOf(text);
    expect(error.problems).toHaveLength(100);
    expect(error.message).toContain('(and 4999 more)');
  });
});
