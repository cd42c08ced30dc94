// Word-wrapping for what a person reads: the pretty report and `explain`.
// The width: COLUMNS when set to a whole number (a user's override, as many
// tools allow), else the terminal's width when standard output is one, else 80
// (a pipe, a file written with -o, a CI log). fast-wrap-ansi does the wrapping
// (wrap-ansi's behaviour: East Asian wide characters count two columns, our
// colours carry across a break, a word longer than a line, such as a long path,
// is broken where it must be). Not wrap-ansi itself: its string-width builds an
// Intl.Segmenter, which costs every pretty run some 40 ms. It is loaded only by
// the pretty report and `explain`, never by the machine formats; @clack/prompts
// (init) uses the same version.
import type { Options } from 'fast-wrap-ansi';

export const DEFAULT_WIDTH = 80;
/** Below this, nothing readable fits beside an indent; a smaller COLUMNS is raised to it. */
export const MIN_WIDTH = 40;

/** The width to wrap at. `terminalColumns` is asked only when COLUMNS does not decide. */
export function outputWidth(env: NodeJS.ProcessEnv, terminalColumns: () => number | undefined): number {
  const fromEnv = env.COLUMNS?.trim();
  if (fromEnv && /^\d{1,5}$/.test(fromEnv) && Number(fromEnv) > 0) return Math.max(MIN_WIDTH, Number(fromEnv));
  const columns = terminalColumns();
  return columns !== undefined && columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH;
}

/** Lays out text with a hanging indent: the first line after a prefix, the others under its first character. */
export type Hang = (prefix: string, text: string, indent: number) => string;

/** Printable ASCII only (no escape sequence, nothing wide): its length is its width. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const OPTIONS: Options = { hard: true, trim: true };

export async function loadHang(width: number): Promise<Hang> {
  const { wrapAnsi } = await import('fast-wrap-ansi');
  return (prefix, text, indent) => {
    const room = Math.max(width - indent, 20);
    // Most lines fit: no need to measure them.
    const lines = text.length <= room && PLAIN_ASCII.test(text) ? [text] : wrapAnsi(text, room, OPTIONS).split('\n');
    const pad = ' '.repeat(indent);
    return `${prefix}${lines[0] ?? ''}\n${lines.slice(1).map((line) => `${pad}${line}\n`).join('')}`;
  };
}
