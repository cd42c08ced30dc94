// The word-wrapper of the pretty report and `explain`.
import { describe, expect, it } from 'vitest';
import { hangAt, outputWidth, textWidth, wrapText } from '../src/report/wrap';

describe('textWidth', () => {
  it('counts ASCII as one column, East Asian wide characters and wide emoji as two, combining marks and SGR codes as none', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('調停')).toBe(4);
    expect(textWidth('ｆｕｌｌ')).toBe(8);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(textWidth('→ ✖ ▲ ✔')).toBe(7);
    expect(textWidth('😀')).toBe(2);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, never wider than the room, and keeps every word', () => {
    const text = 'Zoom web portal: Meetings → your meeting → Edit → Security → untick Waiting Room';
    const lines = wrapText(text, 20);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(text);
    expect(lines[0]).toBe('Zoom web portal:');
  });

  it('cuts a word longer than a line after a dot or slash, else between characters, never inside a colour code or a surrogate pair', () => {
    // A long key breaks after its dots where it can, starting on the current line; a part still too long is cut.
    expect(wrapText('a host_settings.meeting_security.embed_password_in_join_link b', 20)).toEqual(['a host_settings.', 'meeting_security.', 'embed_password_in_jo', 'in_link b']);
    expect(wrapText('see fixtures/risky-meeting.yaml now', 12)).toEqual(['see', 'fixtures/', 'risky-meetin', 'g.yaml now']);
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    expect(wrapText('調停調停調停', 5)).toEqual(['調停', '調停', '調停']);
    expect(wrapText('😀😀😀', 4)).toEqual(['😀😀', '😀']);
    const coloured = wrapText('\u001b[2mabcdefghij\u001b[22m', 4);
    expect(coloured).toEqual(['\u001b[2mabcd', 'efgh', 'ij\u001b[22m']);
  });

  it('keeps colour codes out of the width, and drops spaces at line starts', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const lines = wrapText(`${red('one')} ${red('two')} ${red('three')}`, 7);
    expect(lines).toEqual([`${red('one')} ${red('two')}`, red('three')]);
    expect(wrapText('  a', 10)).toEqual(['  a']); // text that fits is left as it is
    expect(wrapText('  aaaa bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('hangAt', () => {
  it('puts the first line after the prefix and the others under the indent', () => {
    expect(hangAt(40)('  x  ', 'one two three four five six seven eight nine ten eleven', 5)).toBe(
      '  x  one two three four five six seven\n     eight nine ten eleven\n',
    );
  });

  it('starts no line with a workflow command, where a wrapped or cut word brings `::` to its start', () => {
    expect(hangAt(40)('', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ::error::pwned', 2)).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  \\x3a:error::pwned\n');
    expect(hangAt(40)('', `${'b'.repeat(40)}::warning::x`, 0)).toBe(`${'b'.repeat(40)}\n\\x3a:warning::x\n`);
    expect(hangAt(40)('', '\u001b[2m::notice::x\u001b[22m', 0)).toBe('\u001b[2m\\x3a:notice::x\u001b[22m\n');
    expect(hangAt(40)('  ', 'a :: b', 2)).toBe('  a :: b\n');
  });
});

describe('outputWidth', () => {
  it('takes COLUMNS, else the terminal, else 80; never below 40', () => {
    expect(outputWidth({ COLUMNS: '100' }, () => 60)).toBe(100);
    expect(outputWidth({}, () => 60)).toBe(60);
    expect(outputWidth({}, () => undefined)).toBe(80);
    expect(outputWidth({ COLUMNS: 'wide' }, () => undefined)).toBe(80);
    expect(outputWidth({ COLUMNS: '' }, () => 120)).toBe(120);
    expect(outputWidth({ COLUMNS: '10' }, () => undefined)).toBe(40);
    expect(outputWidth({}, () => 20)).toBe(40);
  });
});
