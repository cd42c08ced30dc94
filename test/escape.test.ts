// The escaping layer: one function per output kind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forJson, forMarkdownCell, forTerminal, forUriSegment, forWorkflowData, forWorkflowProperty, forXml } from '../src/util/escape';
import { warn } from '../src/util/warn';

describe('forTerminal', () => {
  it('shows C0, DEL, C1, separators and bidi controls visibly, and leaves other text alone', () => {
    expect(forTerminal('a\u001b[31mb\u0007c\n\r\t\u0000\u007f\u009b\u0085\u2028\u202e')).toBe('a\\x1b[31mb\\x07c\\n\\r\\t\\x00\\x7f\\x9b\\x85\\u2028\\u202e');
    expect(forTerminal('Mediation – Doe v. Roe, ü, 日本, 😀, C:\\path')).toBe('Mediation – Doe v. Roe, ü, 日本, 😀, C:\\path');
  });

  it('never lets a text start a GitHub workflow command', () => {
    expect(forTerminal('::error::x')).toBe('\\x3a:error::x');
    expect(forTerminal('  ::add-mask::x')).toBe('  \\x3a:add-mask::x');
    expect(forTerminal('a ::b')).toBe('a ::b');
    expect(forTerminal('x ##[stop-commands]tok')).toBe('x #\\x23[stop-commands]tok');
    expect(forTerminal('zoom:meeting/1')).toBe('zoom:meeting/1');
  });
});

describe('warn', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one line per diagnostic, each prefixed, with the input\'s line breaks shown', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    warn('bad.yaml\n::error::x: broken\nmediate-check: second\r::warning::y');
    expect(written.join('')).toBe('mediate-check: bad.yaml\\n::error::x: broken\nmediate-check: second\\r::warning::y\n');
  });
});

describe('GitHub workflow commands', () => {
  it('escape %, CR and LF in data, and : and , in properties, as the runner unescapes them; other controls visibly', () => {
    expect(forWorkflowData('50% done\r\nnext \u001b[1m')).toBe('50%25 done%0D%0Anext \\x1b[1m');
    expect(forWorkflowProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('forMarkdownCell', () => {
  it('keeps everything inside the cell: no line break (CR included), no link, image, heading, HTML, code or border', () => {
    expect(forMarkdownCell('a\rb\nc\r\nd')).toBe('a b c d');
    expect(forMarkdownCell('[x](https://e.example) ![i](y) <b>| `c` # h *e* www.e.example')).toBe(
      '\\[x\\]\\(https\\:\\/\\/e\\.example\\) \\!\\[i\\]\\(y\\) \\<b\\>\\| \\`c\\` \\# h \\*e\\* www\\.e\\.example',
    );
    expect(forMarkdownCell('esc \u001b')).toBe('esc \\\\x1b');
  });
});

describe('forXml', () => {
  it('replaces what XML 1.0 cannot hold, lone surrogates included, and escapes markup and line breaks', () => {
    expect(forXml('a\u0000b\u001bc\ufffe')).toBe('a\\x00b\\x1bc\\ufffe');
    expect(forXml('x\ud800y\udc00z😀')).toBe('x\ufffdy\ufffdz😀');
    expect(forXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(forXml('l1\nl2\r\t\u009b ##[x]')).toBe('l1&#10;l2&#13;&#9;&#155; #&#35;[x]');
    expect(forXml('plain text')).toBe('plain text');
  });
});

describe('forJson', () => {
  it('is JSON.stringify with C1, separators, bidi controls and ##[ as \\u escapes, and survives lone surrogates', () => {
    const value = { a: 'x\u009by\u2028\u202e ##[add-mask]', b: 'lone \ud800' };
    const text = forJson(value);
    expect(text).toBe('{"a":"x\\u009by\\u2028\\u202e #\\u0023[add-mask]","b":"lone \\ud800"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('forUriSegment', () => {
  it('encodes a lone surrogate as U+FFFD instead of throwing URIError', () => {
    expect(() => encodeURIComponent('a\ud800b')).toThrow(URIError);
    expect(forUriSegment('a\ud800b c/d')).toBe('a%EF%BF%BDb%20c%2Fd');
  });
});
