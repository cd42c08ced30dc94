// The --dry-run diff: secrets hidden by where they lie, in the text before and after.
import { describe, expect, it } from 'vitest';
import { showDiff } from '../src/fix/show-diff';

describe('showDiff', () => {
  it('hides a secret on an added line, a comment after it, and keeps the rest of a flow mapping', async () => {
    const before = 'id: 1\r\npassword: "802611"  # was 802610\r\nsettings: {pstn_password: "73029581", waiting_room: true}\r\n';
    const after = before.replace('waiting_room: true', 'waiting_room: false') + 'h323_password: Qm7tR2xZ\r\n';
    expect(await showDiff('m.yaml', before, after)).toBe(
      [
        '--- m.yaml',
        '+++ m.yaml',
        '@@ -1,3 +1,4 @@',
        ' id: 1',
        ' password: "[redacted]"',
        '-settings: {pstn_password: [redacted], waiting_room: true}',
        '+settings: {pstn_password: [redacted], waiting_room: false}',
        '+h323_password: "[redacted]"',
        '',
      ].join('\n'),
    );
  });

  it('blanks link credentials and escapes control characters on the lines it shows', async () => {
    const before = 'agenda: "see https://x.test/j/1?pwd=Zq9SECRET"\ntopic: "a\\u001b[31mb"\nsettings:\n  waiting_room: true\n';
    const after = before.replace('waiting_room: true', 'waiting_room: false');
    const shown = await showDiff('m\u001b.yaml', before, after);
    expect(shown).not.toContain('Zq9SECRET');
    expect(shown).not.toContain('\u001b');
    expect(shown).toContain(' agenda: "[redacted]"\n');
  });
});
