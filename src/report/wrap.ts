// Word-wrapping for what a person reads: the pretty report and `explain`.
// The width: COLUMNS when set to a whole number (a user's override, as many
// tools allow), else the terminal's width when standard output is one, else 80
// (a pipe, a file written with -o, a CI log).
//
// Our own small wrapper, not wrap-ansi: wrap-ansi's string-width builds an
// Intl.Segmenter (some 40 ms on every pretty run), and fast-wrap-ansi's Unicode
// property regexes cost about 2.5 ms to compile and 60 µs a call, which a batch
// of thousands of targets pays thousands of times. What we wrap is narrow: text
// already escaped for the terminal (no control characters) and our own SGR
// colour codes, so the width of a character is all we need to know.

import { noCommandLine } from '../util/escape';

export const DEFAULT_WIDTH = 80;
/** Below this, nothing readable fits beside an indent; a smaller COLUMNS is raised to it. */
export const MIN_WIDTH = 40;

/** The width to wrap at. `terminalColumns` is asked only when COLUMNS does not decide. */
export function outputWidth(env: NodeJS.ProcessEnv, terminalColumns: () => number | undefined): number {
  const fromEnv = env.COLUMNS?.trim();
  if (fromEnv && /^\d{1,6}$/.test(fromEnv) && Number(fromEnv) > 0) return Math.max(MIN_WIDTH, Number(fromEnv));
  const columns = terminalColumns();
  return columns !== undefined && columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH;
}

/** Zero-width: combining marks, zero-width spaces and joiners, variation selectors. */
const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd], [0x0610, 0x061a], [0x064b, 0x065f], [0x0e31, 0x0e31], [0x0e34, 0x0e3a],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xe0100, 0xe01ef],
];
/** Two columns: East Asian wide and full-width forms (Unicode's W and F), and the emoji blocks terminals draw wide. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3], [0x25fd, 0x25fe],
  [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be],
  [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd],
  [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757],
  [0x2795, 0x2797], [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

function inRanges(code: number, ranges: readonly [number, number][]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (code < from) high = middle - 1;
    else if (code > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes on a terminal. */
export function charWidth(code: number): 0 | 1 | 2 {
  if (code < 0x0300) return 1;
  if (inRanges(code, ZERO)) return 0;
  return inRanges(code, WIDE) ? 2 : 1;
}

/** Our colour codes (chalk's SGR sequences); input text reaching here has no ESC left. */
const SGR = /\u001b\[[0-9;]*m/y;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a piece of text takes: SGR codes none, the rest by charWidth. */
export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 0x1b) {
      SGR.lastIndex = i;
      if (SGR.test(text)) {
        i = SGR.lastIndex;
        continue;
      }
    }
    const code = text.codePointAt(i)!;
    width += charWidth(code);
    i += code > 0xffff ? 2 : 1;
  }
  return width;
}

/** A segment wider than a line, cut into pieces of at most `room` columns (never inside an SGR code or a surrogate pair). */
function cutChars(word: string, room: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (let i = 0; i < word.length; ) {
    if (word.charCodeAt(i) === 0x1b) {
      SGR.lastIndex = i;
      if (SGR.test(word)) {
        piece += word.slice(i, SGR.lastIndex);
        i = SGR.lastIndex;
        continue;
      }
    }
    const code = word.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const w = charWidth(code);
    if (width + w > room && width > 0) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += word.slice(i, i + size);
    width += w;
    i += size;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * A word wider than a line (a long key such as host_settings.meeting_security.embed_password_in_join_link,
 * or a path): broken after a "." or "/" where it can be, so the pieces stay readable, else between characters.
 * `used` columns of the first line are taken already. Returns the full lines and what is left for the last one.
 */
function cutWord(word: string, room: number, first: string, used: number): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let line = first;
  let width = used;
  let separator = first === '' ? '' : ' ';
  for (const segment of word.split(/(?<=[./])/)) {
    const w = textWidth(segment);
    if (width + separator.length + w <= room) {
      line += separator + segment;
      width += separator.length + w;
      separator = '';
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    width = 0;
    separator = '';
    if (w <= room) {
      line = segment;
      width = w;
      continue;
    }
    const pieces = cutChars(segment, room);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    width = textWidth(line);
  }
  return { lines, rest: line };
}

/** Text as lines of at most `room` columns, broken at spaces; a word longer than a line is cut. */
export function wrapText(text: string, room: number): string[] {
  if (text.length <= room && PRINTABLE_ASCII.test(text)) return [text];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(' ')) {
    const w = textWidth(word);
    if (width === 0 && line === '') {
      if (w === 0 && word === '') continue; // no leading spaces on a line
    } else if (width + 1 + w <= room) {
      line += ` ${word}`;
      width += 1 + w;
      continue;
    } else if (w <= room) {
      lines.push(line);
      line = '';
      width = 0;
    }
    if (w <= room) {
      line = word;
      width = w;
      continue;
    }
    // Wider than any line: its first pieces may still fill the current one.
    const cut = cutWord(word, room, line, width);
    lines.push(...cut.lines);
    line = cut.rest;
    width = textWidth(line);
  }
  lines.push(line);
  return lines;
}

/** Lays out text with a hanging indent: the first line after a prefix, the others under its first character. */
export type Hang = (prefix: string, text: string, indent: number) => string;

/** Every line it writes is passed through noCommandLine: a wrapped word starting with `::` starts no workflow command. */
export function hangAt(width: number): Hang {
  return (prefix, text, indent) => {
    const lines = wrapText(text, Math.max(width - indent, 20));
    const pad = ' '.repeat(indent);
    let out = `${noCommandLine(`${prefix}${lines[0]}`)}\n`;
    for (let i = 1; i < lines.length; i++) out += `${noCommandLine(`${pad}${lines[i]}`)}\n`;
    return out;
  };
}
