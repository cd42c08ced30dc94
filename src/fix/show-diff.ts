// A unified diff of a fixed file, for `fix --dry-run`. The context lines may
// hold a credential next to a changed key. Secrets are hidden by where they lie,
// not by hunting their text: load/secret-ranges finds the source range of every
// secret value (the same generous key names the parser's messages use), in the
// text before and in the text after, and each diff line is read from its own
// text by its line number, so every character of a line that falls in such a
// range is replaced. Link credentials are blanked and control characters escaped.
import { secretRanges } from '../load/secret-ranges';
import { forTerminal } from '../util/escape';
import { scrubDocumentText } from '../util/document-secrets';
import { redactUrlSecrets } from '../util/secrets';

/**
 * A switch named after a secret (`pstn_password_protected: true`) holds none: it
 * stays readable. Any other value under a secret-looking key is hidden, even an
 * ordinary word (`require_password_for_pmi_meetings: none`): only its own line shows it.
 */
const SWITCH = /^\s*(?:true|True|TRUE|false|False|FALSE)\s*(?:#.*)?$/;

/** A text, its line starts, and its secret values as sorted, disjoint [start, end) spans. */
interface Source {
  text: string;
  lineStarts: number[];
  spans: [number, number][];
}

function sourceOf(text: string): Source {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const ranges = secretRanges(text)
    .filter((r) => r.end > r.start && !SWITCH.test(text.slice(r.start, r.end)))
    .sort((a, b) => a.start - b.start);
  const spans: [number, number][] = [];
  for (const r of ranges) {
    const last = spans[spans.length - 1];
    if (last && r.start <= last[1]) last[1] = Math.max(last[1], r.end);
    else spans.push([r.start, r.end]);
  }
  return { text, lineStarts, spans };
}

/** The first span that ends after `offset` (binary search: a diff of a long file stays linear). */
function firstSpanAfter(spans: readonly [number, number][], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Line `n` (1-based) of the source, with every secret part replaced. Where a secret
 * runs from after its key to the end of the line (or on), the rest of the line reads
 * `"[redacted]"` (comment included); a secret inside a line (JSON, a flow mapping)
 * becomes `[redacted]` in place; a line a secret continues on keeps its indentation
 * and shows `[redacted]`. Undefined when the diff's line is not that line (never
 * expected: the caller then hides the whole line).
 */
function shownLine(source: Source, n: number, expected: string): string | undefined {
  const start = source.lineStarts[n - 1];
  if (start === undefined) return undefined;
  let end = n < source.lineStarts.length ? source.lineStarts[n]! - 1 : source.text.length;
  if (source.text[end - 1] === '\r') end--;
  if (source.text.slice(start, end) !== expected) return undefined;
  let out = '';
  let cursor = start;
  for (let i = firstSpanAfter(source.spans, start); i < source.spans.length && source.spans[i]![0] < end; i++) {
    const a = Math.max(source.spans[i]![0], start);
    const b = Math.min(source.spans[i]![1], end);
    if (a >= b) continue;
    const part = source.text.slice(a, b);
    const space = /^[ \t]*/.exec(part)![0];
    const afterKey = source.text.slice(start, a).trim() !== '';
    out += source.text.slice(cursor, a) + space + (afterKey && b === end ? '"[redacted]"' : '[redacted]');
    cursor = b;
  }
  return out + source.text.slice(cursor, end);
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * `secrets`: the meeting's secret values (util/document-secrets, from the validated
 * meeting): a second belt for a passcode copied into other text, such as a topic.
 */
export async function showDiff(name: string, before: string, after: string, secrets: readonly string[] = []): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3 });
  const old = sourceOf(before);
  const now = sourceOf(after);
  // jsdiff's "Index:" and "===" lines before the "---" header are dropped, as git does.
  const all = patch.split('\n');
  const lines = all.slice(Math.max(0, all.findIndex((line) => line.startsWith('--- '))));
  let oldLine = 0;
  let newLine = 0;
  let inHunk = false;
  const shown = lines.map((raw) => {
    const line = raw.replace(/\r$/, '');
    const hunk = HUNK.exec(line);
    if (hunk) {
      [oldLine, newLine, inHunk] = [Number(hunk[1]), Number(hunk[2]), true];
      return forTerminal(line);
    }
    const mark = line[0];
    if (!inHunk || (mark !== ' ' && mark !== '-' && mark !== '+')) return forTerminal(redactUrlSecrets(line));
    const from = mark === '+' ? now : old;
    const at = mark === '+' ? newLine : oldLine;
    if (mark !== '+') oldLine++;
    if (mark !== '-') newLine++;
    const text = shownLine(from, at, line.slice(1));
    return forTerminal(scrubDocumentText(mark + (text ?? '[redacted]'), secrets));
  });
  return shown.join('\n').replace(/\n*$/, '\n');
}
