// Where the secrets of a YAML or JSON text lie, found from the text alone, so that
// the parser's own messages can be judged by where they point, even when the
// document does not parse. Two scans, joined: the yaml package's concrete syntax
// tree (exact extents, tolerant of errors) and a plain line scan (a belt for
// anything the tree missed). Both err on the side of a wider range: a range that
// is too wide only makes a message plainer.
import { Parser, type CST } from 'yaml';
import { CREDENTIAL_PARAMETERS, isSecretKey } from '../util/secrets';

export interface SecretRange {
  /** The key that makes the value secret, or '' for a link found by its content. */
  key: string;
  /** Offsets into the text: the value's first character, and just past its last (inclusive when matching errors). */
  start: number;
  end: number;
}

/** A link parameter that carries a credential (the embedded passcode, a token, a host key). */
const CREDENTIAL_PARAMETER = new RegExp(`(?:^|[?&#;\\s"'])(?:${CREDENTIAL_PARAMETERS.join('|')})=`, 'i');

type Token = CST.Token;
type Item = CST.CollectionItem;

/** Offset and text length of the tokens inside `token`, whatever its kind. No recursion: input may nest deeply. */
function extentOf(tokens: readonly (Token | undefined)[]): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  const stack: Token[] = tokens.filter((t): t is Token => t !== undefined);
  while (stack.length > 0) {
    const token = stack.pop()!;
    const anyToken = token as Token & { offset?: number; source?: string; props?: Token[]; items?: Item[]; start?: unknown; end?: unknown; value?: Token };
    if (token.type === 'block-scalar') {
      const props = anyToken.props ?? [];
      const last = props[props.length - 1];
      const bodyStart = last && 'source' in last ? last.offset + last.source.length : token.offset;
      start = Math.min(start, token.offset);
      end = Math.max(end, bodyStart + token.source.length);
      continue;
    }
    if (typeof anyToken.offset === 'number' && typeof anyToken.source === 'string') {
      start = Math.min(start, anyToken.offset);
      end = Math.max(end, anyToken.offset + anyToken.source.length);
    }
    for (const part of [anyToken.start, anyToken.end, anyToken.props, anyToken.value]) {
      if (Array.isArray(part)) stack.push(...(part as Token[]));
      else if (part && typeof part === 'object') stack.push(part as Token);
    }
    for (const item of anyToken.items ?? []) stack.push(...itemTokens(item));
  }
  return start <= end ? { start, end } : undefined;
}

function itemTokens(item: Item): Token[] {
  return [...item.start, item.key, ...(item.sep ?? []), item.value].filter((t): t is Token => t != null) as Token[];
}

/** The text of a key token, unquoted (roughly: a secret key name never needs escapes). */
function keyText(token: Token | null | undefined): string | undefined {
  if (!token) return undefined;
  if (token.type === 'scalar') return token.source;
  if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') return token.source.slice(1, -1);
  return undefined;
}

function fromTree(text: string, out: SecretRange[]): void {
  const stack: Token[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const token = stack.pop()!;
    const t = token as Token & { items?: Item[]; value?: Token; start?: unknown; end?: unknown; props?: Token[] };
    if (typeof (t as { source?: unknown }).source === 'string' && 'offset' in t && token.type !== 'block-scalar') {
      const source = (t as unknown as { source: string; offset: number });
      if (CREDENTIAL_PARAMETER.test(source.source)) out.push({ key: '', start: source.offset, end: source.offset + source.source.length });
    }
    if (token.type === 'block-scalar' && CREDENTIAL_PARAMETER.test(token.source)) {
      const extent = extentOf([token]);
      if (extent) out.push({ key: '', ...extent });
    }
    if (t.value && typeof t.value === 'object') stack.push(t.value);
    for (const part of [t.start, t.end, t.props]) if (Array.isArray(part)) stack.push(...(part as Token[]));
    for (const item of t.items ?? []) {
      const key = keyText(item.key as Token | null | undefined);
      if (key !== undefined && isSecretKey(key)) {
        // From just past the ':' to the end of the value: anchors, tags and comments included.
        const sep = item.sep ?? [];
        const colon = sep.findIndex((s) => s.type === 'map-value-ind');
        const after = colon >= 0 ? sep.slice(colon + 1) : sep;
        const extent = extentOf([...after, item.value ?? undefined]);
        const colonToken = colon >= 0 ? sep[colon]! : undefined;
        const start = colonToken && 'offset' in colonToken ? colonToken.offset + 1 : extent?.start;
        if (start !== undefined) out.push({ key, start, end: Math.max(withoutTrailingSpace(text, extent?.end ?? start), start) });
      }
      stack.push(...itemTokens(item));
    }
  }
}

/**
 * The end of a value's own characters: a scalar token ends past the line break (and
 * any blank lines) after it, and the parser's complaint about the next line points
 * just there. An unclosed quote is still covered: the line scan runs it to the text's end.
 */
function withoutTrailingSpace(text: string, end: number): number {
  while (end > 0 && ' \t\r\n'.includes(text[end - 1]!)) end--;
  return end;
}

/** `key:` anywhere: after any character that cannot be part of a key name (a quote, a bracket, a stray symbol). */
const KEY_ON_LINE = /(^|[^A-Za-z0-9_])(["']?)([A-Za-z0-9_]+)\2[ \t]*:(?=[\s"'[{]|$)/g;

/** The belt: `key:` on any line, its value to the closing quote or bracket, or to the end of its indented block. */
function fromLines(text: string, out: SecretRange[]): void {
  for (const match of text.matchAll(KEY_ON_LINE)) {
    const key = match[3]!;
    if (!isSecretKey(key)) continue;
    const start = match.index! + match[0].length;
    const keyAt = match.index! + match[1]!.length;
    out.push({ key, start, end: valueEnd(text, start, indentAt(text, keyAt), inFlow(text, keyAt)) });
  }
}

function indentAt(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStart;
}

/** Whether a `{` or `[` opened earlier on the key's line is still open (quotes aside): a flow mapping, or JSON. */
function inFlow(text: string, keyAt: number): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = text.lastIndexOf('\n', keyAt - 1) + 1; i < keyAt; i++) {
    const c = text[i];
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** After a closing quote at `j`: its end, or the line's end when more text follows (it belongs to the value as written). */
function afterQuote(text: string, j: number): number {
  let k = j + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const next = text[k];
  return next === undefined || next === '\n' || next === '\r' || next === '#' || next === ',' || next === '}' || next === ']' ? j + 1 : lineEnd(text, j);
}

/** Where a value starting at `start` ends: generous, never short. */
function valueEnd(text: string, start: number, keyIndent: number, flow: boolean): number {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const first = text[i];
  if (first === '"' || first === "'") {
    for (let j = i + 1; j < text.length; j++) {
      if (first === '"' && text[j] === '\\') j++;
      else if (text[j] === first) {
        if (first === "'" && text[j + 1] === "'") j++;
        else return afterQuote(text, j);
      }
    }
    return text.length;
  }
  if (first === '[' || first === '{') {
    let depth = 0;
    let quote: string | undefined;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (quote) {
        if (quote === '"' && c === '\\') j++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && --depth === 0) return j + 1;
    }
    return text.length;
  }
  // In a flow mapping a plain value ends at , } or ] (YAML splits it there too).
  if (flow && first !== '\n' && first !== '\r' && first !== undefined) {
    for (let j = i; j < text.length; j++) if (',}]\n'.includes(text[j]!)) return j;
    return text.length;
  }
  // Plain, alias, block scalar, or a value on the next lines: the rest of the line
  // and every following line indented deeper than the key (or blank).
  let end = lineEnd(text, i);
  while (end < text.length) {
    const next = end + 1;
    const nextEnd = lineEnd(text, next);
    const line = text.slice(next, nextEnd);
    if (line.trim() !== '' && indentAt(text, next) <= keyIndent) break;
    end = nextEnd;
  }
  return end;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

/** Every range of `text` that holds a secret, by key name (password, start_url, …) or by content (pwd=, tk=, zak=). */
export function secretRanges(text: string): SecretRange[] {
  const out: SecretRange[] = [];
  try {
    fromTree(text, out);
  } catch {
    // The tree is a help, not a need: the line scan below still runs.
  }
  fromLines(text, out);
  return out;
}

/** The secret range that an error spanning [from, to] touches, if any. */
export function rangeAt(ranges: readonly SecretRange[], from: number, to = from): SecretRange | undefined {
  let found: SecretRange | undefined;
  for (const r of ranges) {
    if (from <= r.end && to >= r.start && (!found || (found.key === '' && r.key !== ''))) found = r;
  }
  return found;
}
