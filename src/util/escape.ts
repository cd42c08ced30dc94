// One escaping layer per output kind, for text that comes from an input (file
// names, keys, values, participant names, policy text, API messages). Every
// formatter and every diagnostic passes such text through exactly one of these,
// at the moment it is written, never earlier.
//
// Shown visibly, in the style of a JavaScript string: \n, \r, \t, \xHH for the
// other C0 controls, DEL and the C1 controls (\x1b is ESC, \x9b a one-byte CSI),
// \uHHHH for line/paragraph separators and the bidirectional overrides and
// isolates (they reorder what a reader sees). A backslash is left as it is: the
// escapes are for reading, not for decoding.

/**
 * C0, DEL, C1, U+2028/2029, bidi embeddings, overrides and isolates: the
 * characters no output passes on raw (a character class's contents, for every
 * format that builds its own pattern from it, such as the briefing's).
 */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`, 'g');
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (code: number, width: number) => code.toString(16).padStart(width, '0');

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return SHORT[ch] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/** White space and our own SGR colour codes, then `::`: a line the runner would read as a workflow command. */
const COMMAND_START = /^((?:\s|\u001b\[[0-9;]*m)*):(?=:)/;

/**
 * One line as it is written, once laid out: forTerminal breaks a `::` at the
 * start of a text, but word-wrapping can bring a later word (`a;::error::x`)
 * to the start of a line. Breaks it the same way (`\x3a:`), after any indent
 * and colour code.
 */
export function noCommandLine(line: string): string {
  return line.replace(COMMAND_START, '$1\\x3a');
}

/**
 * The GitHub runner reads workflow commands from standard output and standard
 * error alike: a line that starts (after white space) with `::`, and, in the
 * legacy form, `##[command]` anywhere in a line. These break both forms.
 */
function noWorkflowCommand(text: string): string {
  return noCommandLine(text.replace(/##\[/g, '#\\x23['));
}

/** Anything forTerminal changes (a quick test first: most text has none). */
const TERMINAL_SPECIAL = new RegExp(`[${CONTROL_CHARACTERS}]|##\\[|^\\s*::`);

/**
 * For a terminal (the pretty report, `explain`, every standard-error line): no
 * control character, no line break, nothing a CI runner reads as a command.
 */
export function forTerminal(text: string): string {
  if (!TERMINAL_SPECIAL.test(text)) return text;
  return noWorkflowCommand(text.replace(CONTROL, visible));
}

/** Data of a GitHub workflow command (@actions/core's escaping), other controls shown visibly. */
export function forWorkflowData(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(CONTROL, visible);
}

/** A property of a GitHub workflow command: as data, and `:` and `,` too. */
export function forWorkflowProperty(text: string): string {
  return forWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A cell of a Markdown table (the GitHub step summary). Line breaks (CR too:
 * CommonMark ends a line at a lone CR) become spaces, other controls are shown,
 * and every ASCII punctuation character is backslash-escaped, so no link, image,
 * heading, HTML, code span, emphasis, autolink or cell border can start inside.
 */
export function forMarkdownCell(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(CONTROL, visible)
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A surrogate that is not half of a pair: no UTF-8 can encode it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, which ES2023 lacks). */
export const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd');

/** Characters XML 1.0 cannot hold: C0 other than TAB, LF, CR; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text or an attribute value in XML (JUnit). What XML cannot hold is shown
 * visibly (lone surrogates become U+FFFD); line breaks, tabs, DEL, C1 and bidi
 * controls become character references, so the value survives but no raw
 * control byte or untrusted line start reaches a terminal or a CI log.
 */
/** Anything forXml changes; most names and messages have none, and skip the passes below. */
const XML_SPECIAL = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff&<>"'#]/;

export function forXml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return wellFormed(text)
    .replace(NOT_XML, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/##\[/g, '#&#35;[');
}

/** The same value as JSON.stringify writes, with DEL, C1, separators and bidi controls, and `##[`, as \u escapes. */
export function forJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`)
    .replace(/##\[/g, '#\\u0023[');
}

/** A path segment of a URI: never throws on a lone surrogate (it becomes U+FFFD first). */
export function forUriSegment(text: string): string {
  return encodeURIComponent(wellFormed(text));
}
