// YAML or JSON text → a document validated against its model, with a pointer
// locator, or located errors. The only place that touches YAML syntax: rules and
// policies see typed values only.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { sharesRun } from '../util/secrets';
import { validate, type Model } from '../model/validate';
import { describeIssues } from './describe-issue';
import { indexPositions, MAX_DEPTH, startOf, TooDeep, type Locate } from './positions';
import { rangeAt, secretRanges, type SecretRange } from './secret-ranges';
import { explainSyntax, type PlainParserProblem } from './yaml-mistakes';

export interface LocatedProblem {
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export interface TargetError extends LocatedProblem {
  /** Every problem found, the first of which is repeated in `message`. */
  problems?: LocatedProblem[];
}

/** `passedOver`: the document is not what was looked for (a folder search passes it over); `error` says why too. */
export type ParseResult<T> = { ok: true; value: T; locate: Locate } | { ok: false; error: TargetError; passedOver?: string };

/** The top level of a parsed document, for a quick look at its shape before it is validated. */
export interface TopLevel {
  shape: 'mapping' | 'list' | 'value';
  /** The top-level keys that are plain scalars, as text. */
  keys: string[];
  /** The scalar at a path (keys and list indexes), or undefined when there is none. */
  get(path: readonly (string | number)[]): unknown;
}

/** Says why a document is to be passed over unvalidated (not a meeting, say), or undefined to read it. */
export type PassOver = (top: TopLevel) => string | undefined;

function topLevelOf(doc: Document.Parsed): TopLevel {
  const root = doc.contents;
  const shape = isMap(root) ? 'mapping' : isSeq(root) ? 'list' : 'value';
  const keys = isMap(root) ? root.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : [])) : [];
  return {
    shape,
    keys,
    get: (path) => {
      const found: unknown = doc.getIn(path);
      return found === null || typeof found !== 'object' ? found : undefined;
    },
  };
}

const EMPTY = 'holds nothing: the file is empty or only comments';
const TOO_DEEP = `nests lists or mappings more than ${MAX_DEPTH} levels deep`;

/** Aliases a document may expand before it is refused (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** A file with thousands of mistakes needs the first few, not a report of megabytes. */
const MAX_PROBLEMS = 100;

function fail(problems: LocatedProblem[]): { ok: false; error: TargetError } {
  const [first, ...rest] = problems;
  const error: TargetError = { ...first!, message: first!.message + (rest.length ? ` (and ${rest.length} more)` : '') };
  if (problems.length > 1) error.problems = problems.slice(0, MAX_PROBLEMS);
  return { ok: false, error };
}

/**
 * Lines plus commas bound the number of keys and list items. A meeting or policy
 * file has a few hundred; the parser spends about a microsecond per byte, so a
 * megabyte of tiny keys is refused before it is parsed, not after seconds.
 */
export const MAX_ENTRIES = 20_000;

/** The offset where the text passes MAX_ENTRIES lines and commas, if it does. */
function tooManyEntries(text: string): number | undefined {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44) && ++count > MAX_ENTRIES) return i;
  }
  return undefined;
}

/** What the parser found, before it is judged: its text, where it points (offsets), and its code. */
interface RawProblem {
  text: string;
  from: number;
  to: number;
  code?: string;
}

/** How much of a secret's range the quoted-excerpt belt compares (the secret sits at its start). */
const EXCERPT_WINDOW = 4096;

/**
 * Parser messages, judged by position: one that points into a secret's value, or
 * quotes part of it, is replaced by a plain message naming the key and the line,
 * which shows nothing of the value. The others pass, located.
 */
function judge(raw: readonly RawProblem[], text: string, lineCounter: LineCounter): LocatedProblem[] {
  let ranges: SecretRange[] | undefined;
  const reported = new Set<SecretRange>();
  const out: LocatedProblem[] = [];
  const plain: PlainParserProblem[] = [];
  const quotesSecret = (words: string, r: SecretRange) => sharesRun(words, text.slice(r.start, Math.min(r.end, r.start + EXCERPT_WINDOW)));
  for (const problem of raw) {
    ranges ??= secretRanges(text);
    const range = rangeAt(ranges, problem.from, problem.to) ?? ranges.find((r) => quotesSecret(problem.text, r));
    if (!range) {
      plain.push({ text: withoutExcerpt(problem.text), from: problem.from, code: problem.code });
      continue;
    }
    if (reported.has(range)) continue;
    reported.add(range);
    let start = range.start;
    while (start < range.end && /\s/.test(text[start]!)) start++;
    const { line, col } = lineCounter.linePos(start);
    // The key is named when it is a plain name; a mangled one may have swallowed the value.
    const label = /^[A-Za-z0-9_]{1,64}$/.test(range.key) ? range.key : range.key ? 'a secret value' : 'a link with a credential (pwd=, tk= or zak=)';
    out.push({ message: `invalid YAML: ${label}: ${plainHint(problem.code, text[start])} (the value is not shown)`, line, column: col });
  }
  if (plain.length === 0) return out;
  // The others in plain words, at the line of the mistake; a mistake inside a secret's value, or naming one, is left to the message above.
  const shown = (offset: number, names: readonly string[]) => !rangeAt(ranges!, offset) && !names.some((name) => ranges!.some((r) => quotesSecret(name, r)));
  out.push(...explainSyntax(plain, text, (offset) => lineCounter.linePos(offset), shown));
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * The parser's messages that quote source text, without the quote: the line and
 * column say where. Whatever lies there (a passcode with a stray character in its
 * key, say) is never repeated.
 */
const EXCERPTS: [RegExp, string][] = [
  [/^(Unexpected \S+ token in YAML stream): [^]*$/, '$1'],
  [/^Value may be parsed as either [^]*$/, 'Value may be parsed in two ways'],
  [/^(Not a YAML token|Anchor must not contain whitespace or control characters|Block scalar header includes extra characters|Could not resolve tag|Not a valid tag|Unresolved tag|Unresolved alias \(the anchor must be set before the alias\)|Unresolved plain scalar|Ordered maps must not include duplicate keys): [^]*$/, '$1'],
  [/^Missing closing (["'])quote$/, 'Missing closing $1quote'],
  [/^(Invalid escape sequence|Unknown directive|Unsupported YAML version) [^]*$/, '$1'],
  [/^The [^]* tag has no suffix$/, 'A tag has no suffix'],
  [/^Verbatim tags aren't resolved, so [^]* is invalid\.$/, "Verbatim tags aren't resolved"],
  [/^(Map keys must be unique): "([A-Za-z0-9_.-]{1,64})" (is given more than once)$/, '$1: "$2" $3'],
  [/^(Map keys must be unique): [^]*$/, '$1: a key is given more than once'],
];

/** Any quoted text a message still holds after the known shapes (a message from a newer parser, say) goes too. */
export function withoutExcerpt(message: string): string {
  for (const [shape, replacement] of EXCERPTS) if (shape.test(message)) return message.replace(shape, replacement);
  const quote = message.search(/["'`]/);
  return quote < 0 ? message : message.slice(0, quote).replace(/[\s:]+$/, '');
}

/** What to do about a broken secret value, said without quoting it. */
function plainHint(code: string | undefined, first: string | undefined): string {
  if (code === 'BAD_DQ_ESCAPE') return 'a backslash inside double quotes starts an escape sequence: write \\\\ for a backslash, or use single quotes';
  if (code === 'MISSING_CHAR' && (first === '"' || first === "'")) return 'the quote that opens the value is never closed';
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed as indentation: use spaces';
  if (first !== undefined && '*&!@`%'.includes(first)) return `a value starting with ${first} must be quoted`;
  return 'the value is not valid YAML here; put it in quotes';
}

/** The first alias whose anchor is not set before it (what toJS throws about, without a position). */
function unresolvedAlias(doc: Document.Parsed): [number, number] | undefined {
  const anchors = new Set<string>();
  let found: [number, number] | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        found = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
        return visit.BREAK;
      }
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
    return undefined;
  });
  return found;
}

/**
 * `contents` names what the mapping holds, for the error when it is something else.
 * `inspect` looks at the raw data before the schema does (for checks a schema cannot say).
 */
export function parseYaml<T>(
  text: string,
  model: Model<T>,
  contents: string,
  inspect?: (data: Record<string, unknown>) => { message: string; pointer: string }[],
  passOver?: PassOver,
  /** Picks what to validate against from the data (a file of another platform), or says why nothing fits. */
  pick?: (data: Record<string, unknown>) => Model<unknown> | { message: string; pointer: string },
): ParseResult<T> {
  const crowded = tooManyEntries(text);
  if (crowded !== undefined) {
    const line = text.slice(0, crowded).split('\n').length;
    return fail([{ message: `holds more than ${MAX_ENTRIES} lines and list or mapping entries; ${contents} take a few hundred`, line, column: 1 }]);
  }
  const lineCounter = new LineCounter();
  // Duplicate keys are found by indexPositions, in linear time: the yaml package's
  // own check compares each key with every earlier one.
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  if (documents.length === 0) {
    return fail([{ message: EMPTY, line: 1, column: 1 }]);
  }
  if (documents.length > 1) {
    const second = lineCounter.linePos(documents[1]!.range[0]);
    return fail([
      {
        message: `holds ${documents.length} YAML documents; exactly one is expected`,
        line: second.line,
        column: second.col,
      },
    ]);
  }
  const doc = documents[0]!;
  // Unknown tags (warnings to the yaml package) would silently turn into strings: refuse them.
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    // Without prettyErrors the parser adds no source excerpt; its first line is the message.
    const raw = syntax.map((e) => ({ text: e.message.split('\n')[0]!, from: e.pos[0], to: e.pos[1], code: e.code }));
    const tooDeep = raw.find((r) => /call stack/i.test(r.text));
    if (tooDeep) {
      const { line, col } = lineCounter.linePos(tooDeep.from);
      return fail([{ message: TOO_DEEP, line, column: col }]);
    }
    return fail(judge(raw, text, lineCounter));
  }

  const root = doc.contents;
  if (root === null) return fail([{ message: EMPTY, line: 1, column: 1 }]);
  // Decided from the top-level keys alone, before any other work on the document.
  const passedOver = passOver?.(topLevelOf(doc));
  if (passedOver !== undefined) return { ok: false, error: { message: passedOver }, passedOver };
  let locate: Locate;
  try {
    const index = indexPositions(root, lineCounter);
    locate = index.locate;
    if (index.duplicates.length > 0) {
      const raw = index.duplicates.map(({ key, from, to }) => ({ text: `Map keys must be unique: "${key}" is given more than once`, from, to }));
      return fail(judge(raw, text, lineCounter));
    }
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    const { line, col } = lineCounter.linePos(error.offset);
    return fail([{ message: TOO_DEEP, line, column: col }]);
  }
  if (!isMap(root)) {
    const found = isSeq(root) ? 'a list' : 'a single value';
    return fail([{ message: `must be a mapping of ${contents}, but holds ${found}`, pointer: '', ...startOf(locate, '') }]);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (/alias count/i.test(message)) return fail([{ message: `uses too many aliases (more than ${MAX_ALIAS_COUNT} expansions)`, pointer: '', ...startOf(locate, '') }]);
    if (/call stack/i.test(message)) return fail([{ message: TOO_DEEP, pointer: '', ...startOf(locate, '') }]);
    // An unresolved alias is thrown without a position: find the alias, then judge it like a parser error.
    const alias = /unresolved alias/i.test(message) ? unresolvedAlias(doc) : undefined;
    const [from, to] = alias ?? [root.range?.[0] ?? 0, root.range?.[0] ?? 0];
    return fail(judge([{ text: message, from, to, code: alias ? 'BAD_ALIAS' : undefined }], text, lineCounter));
  }

  const picked = pick?.(data as Record<string, unknown>);
  if (picked !== undefined && !('schema' in picked)) return fail([{ ...picked, ...startOf(locate, picked.pointer) }]);
  const noticed = inspect?.(data as Record<string, unknown>) ?? [];

  const result = validate(picked ?? model, data);
  // What `inspect` noticed and what the schema found are reported together: one round of fixes.
  if (!result.success || noticed.length > 0) {
    const found = result.success ? noticed : [...noticed, ...describeIssues(result.issues, data, result.schema)];
    const problems = found.map((p) => ({ ...p, ...startOf(locate, p.pointer) }));
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return fail(problems);
  }
  return { ok: true, value: result.data as T, locate };
}
