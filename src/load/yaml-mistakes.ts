// The common YAML mistakes of a person who has never written YAML, found from the
// text itself when the parser has failed: a line indented more or less than the
// other keys of its mapping, a quote or bracket never closed, a tab used for
// indentation, a missing space after a key's colon. The parser points where it
// gave up, often a line or the whole file later, and in its own terms; these
// point at the line where the mistake is, in plain words.
//
// One pass over the lines, linear in the text. Messages name a line, a number of
// spaces and at most a key name (a plain name only, never a value).

export interface Mistake {
  /** Offset of the mistake in the text (for the secret-range check) and its 1-based place. */
  offset: number;
  line: number;
  column: number;
  message: string;
  /** A key name the message quotes, checked by the caller against secret values. */
  names?: string[];
}

/** A plain key name, safe and short enough to quote. */
const PLAIN_NAME = /^[A-Za-z0-9_]{1,64}$/;

interface Level {
  indent: number;
  /** A list written at its key's own indentation (`key:` then `- a` below it, not indented). */
  flush?: boolean;
  /** What its lines are, from the first: keys (`name: …`) or list entries (`- …`). */
  kind?: 'keys' | 'entries';
  /** What the mapping at this level belongs to, in words: "the other keys of `settings`". */
  owner: string;
  names: string[];
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** The owner of a block opened by `key:` (a plain name is quoted; anything else is described). */
function ownerOf(key: string | undefined, item: boolean): { owner: string; names: string[] } {
  const clean = key?.replace(/^(["'])(.*)\1$/, '$2');
  if (clean === undefined || !PLAIN_NAME.test(clean)) return { owner: item ? 'the other keys of this list entry' : 'the other keys of this mapping', names: [] };
  return { owner: item ? `the other keys of this \`${clean}\` entry` : `the other keys of \`${clean}\``, names: [clean] };
}

/** `key:` at the start of `rest` (plain or quoted key), with the offset of what follows the colon. */
function keyAt(rest: string): { key: string; after: number } | undefined {
  let end: number;
  const first = rest[0];
  if (first === '"' || first === "'") {
    end = closingQuote(rest, 0);
    if (end < 0) return undefined;
    end++;
    while (rest[end] === ' ') end++;
    if (rest[end] !== ':') return undefined;
  } else {
    if (first === undefined || '#{}[],&*!|>%@`?'.includes(first)) return undefined;
    const match = /:(?=[ \t]|$)/.exec(rest);
    if (!match) return undefined;
    end = match.index;
    if (rest.slice(0, end).includes(' #')) return undefined;
  }
  return { key: rest.slice(0, end).trimEnd(), after: end + 1 };
}

/** Index of the quote closing the one at `open` on this line, or -1. */
function closingQuote(line: string, open: number): number {
  const q = line[open];
  for (let j = open + 1; j < line.length; j++) {
    if (q === '"' && line[j] === '\\') j++;
    else if (line[j] === q) {
      if (q === "'" && line[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

/** The bracket depth after a line of a flow value (`[`, `{`), starting at `depth`; quoted text and comments aside. */
function flowScan(line: string, from: number, depth: number): number {
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if (c === '"' || c === "'") {
      const end = closingQuote(line, j);
      if (end < 0) return depth;
      j = end;
    } else if (c === '#' && (j === 0 || line[j - 1] === ' ')) break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** The most common step between a mapping's indentation and its children's (2 when the file does not say). */
function commonStep(steps: Map<number, number>): number {
  let best = 2;
  let count = steps.get(2) ?? 0;
  // One odd block (the mistake itself, often) does not make a file's habit.
  for (const [step, n] of steps) if (n > count && n >= 2) [best, count] = [step, n];
  return best;
}

export function findMistakes(text: string): Mistake[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  // JSON or a flow document (its first line that is not blank or a comment opens a bracket): no indentation to judge.
  const first = lines.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))?.trimStart()[0];
  if (first === '{' || first === '[') return [];

  const out: Mistake[] = [];
  const at = (i: number, col: number, message: string, names?: string[]) => out.push({ offset: starts[i]! + col, line: i + 1, column: col + 1, message, ...(names?.length ? { names } : {}) });
  const indentFindings: { i: number; indent: number; level: Level }[] = [];
  const steps = new Map<number, number>();

  const stack: Level[] = [];
  /** A `key:` or `-` with nothing after it: the next deeper line opens its block. */
  let pending: { indent: number; key?: string; item: boolean; seqAllowed: boolean } | undefined;
  /** A block scalar (`|`, `>`): lines deeper than `indent` belong to it. */
  let scalarIndent: number | undefined;
  /** A quoted value that runs past its line: where it opened. */
  let quote: { i: number; col: number; char: string; keyIndent: number; broke?: number } | undefined;
  let flow: { i: number; col: number; depth: number } | undefined;
  /** The last line read as part of the structure, and whether it was a bare word (a key without its colon?). */
  let previous = -1;
  let bare: { i: number; col: number; word: string } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (quote) {
      const end = line.indexOf(quote.char);
      // A line shaped like a key, no deeper than the quote's own key, means the quote was forgotten.
      if (quote.broke === undefined && /^\s*[A-Za-z_][\w-]*:( |$)/.test(line) && line.search(/\S/) <= quote.keyIndent) quote.broke = i;
      if (end < 0) continue;
      if (quote.broke !== undefined) at(quote.i, quote.col, `the quote opened on line ${quote.i + 1} is not closed on that line (the next ${quote.char === '"' ? 'double' : 'single'} quote is on line ${i + 1})`);
      quote = undefined;
      continue;
    }
    if (flow) {
      flow.depth = flowScan(line, 0, flow.depth);
      if (flow.depth <= 0) flow = undefined;
      continue;
    }
    const lead = /^[ \t]*/.exec(line)![0];
    const body = line.slice(lead.length);
    if (body === '' || body.startsWith('#')) continue;
    if (scalarIndent !== undefined) {
      if (!lead.includes('\t') && lead.length > scalarIndent) continue;
      scalarIndent = undefined;
    }
    if (lead.includes('\t')) {
      at(i, lead.indexOf('\t'), `line ${i + 1} starts with a tab: indent with spaces`);
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(body) || body.startsWith('%')) continue;
    const indent = lead.length;

    // List entries: "- " (possibly several), then the entry's own content.
    let col = indent;
    let dashes = 0;
    while (line[col] === '-' && (line[col + 1] === ' ' || line[col + 1] === undefined)) {
      dashes++;
      col++;
      while (line[col] === ' ') col++;
    }
    const rest = line.slice(col);
    const found = keyAt(rest);

    // Where this line stands among the open mappings.
    if (pending && (indent > pending.indent || (indent === pending.indent && dashes > 0 && pending.seqAllowed))) {
      const { owner, names } = ownerOf(pending.key, pending.item);
      stack.push({ indent, owner, names, ...(indent === pending.indent ? { flush: true } : {}) });
      if (indent > pending.indent) steps.set(indent - pending.indent, (steps.get(indent - pending.indent) ?? 0) + 1);
    } else if (stack.length === 0) {
      stack.push({ indent, owner: 'the other top-level keys', names: [] });
    }
    pending = undefined;
    if (dashes === 0 && stack.length > 1 && stack[stack.length - 1]!.flush && stack[stack.length - 1]!.indent === indent) stack.pop();
    const top = stack[stack.length - 1]!;
    const flagged = indentFindings.length;
    if (indent > top.indent) {
      if (bare && bare.i === previous && (found || dashes > 0)) {
        // `settings` alone on its line, then its keys: the colon was forgotten.
        at(bare.i, bare.col + bare.word.length, `line ${bare.i + 1}: put a colon after \`${bare.word}\` (write \`${bare.word}:\`)`, [bare.word]);
        steps.set(indent - top.indent, (steps.get(indent - top.indent) ?? 0) + 1);
        const { owner, names } = ownerOf(bare.word, false);
        stack.push({ indent, owner, names });
      } else if (found || dashes > 0) {
        // Deeper than its siblings, though the line above opened no block; read on as one of them.
        indentFindings.push({ i, indent, level: top });
      } else {
        previous = i;
        continue; // the continuation of a plain value over several lines
      }
    }
    if (indent < top.indent) {
      let inner = stack.pop()!;
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) inner = stack.pop()!;
      const outer = stack[stack.length - 1];
      if (!outer) {
        stack.push({ indent, owner: 'the other top-level keys', names: [] });
      } else if (outer.indent !== indent) {
        // Between two levels: the one it is nearest (a tie: it meant to leave the inner block).
        // One step below the outer level's key: a key of the inner block, whose other keys are off.
        const belongsInner = indent - outer.indent === commonStep(steps) || inner.indent - indent < indent - outer.indent;
        const level = belongsInner ? inner : outer;
        if (belongsInner) stack.push(inner);
        indentFindings.push({ i, indent, level });
      }
    }
    // A list at its key's own indentation ends at the next key there.
    if (dashes === 0 && stack.length > 1 && stack[stack.length - 1]!.flush && stack[stack.length - 1]!.indent === indent) stack.pop();
    // Keys and list entries do not mix at one level.
    const level = stack[stack.length - 1]!;
    if (indentFindings.length === flagged && level.indent === indent && (found || dashes > 0)) {
      const kind = dashes > 0 ? 'entries' : 'keys';
      if (level.kind === undefined) level.kind = kind;
      else if (level.kind !== kind) {
        const list = level.names[0] !== undefined ? `the list \`${level.names[0]}\`` : 'this list';
        if (kind === 'entries') at(i, indent, `line ${i + 1} starts a list entry ("-") among ${level.owner}: a list goes under a key ending in a colon, indented more than it`, level.names);
        else at(i, indent, `line ${i + 1} is a key among the entries of ${list}, which start with "-": start it with "- " for a new entry, or indent it less for a key after the list`, level.names);
      }
    }
    previous = i;
    bare = dashes === 0 && !found && /^[A-Za-z_][\w-]{0,63}$/.test(rest) ? { i, col, word: rest } : undefined;

    // The line's own value.
    if (dashes > 0 && !found) {
      // "- value" or "-" alone
      if (rest === '') pending = { indent: col, item: true, seqAllowed: false };
    } else if (!found) {
      const slip = /^([A-Za-z_][A-Za-z0-9_]*):(?=[^\s/])/.exec(rest);
      if (slip && !/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
        at(i, col + slip[1]!.length, `line ${i + 1}: put a space after the colon that follows \`${slip[1]}\``, [slip[1]!]);
      }
    }
    let valueAt = col;
    if (found) {
      valueAt = col + found.after;
      if (dashes > 0) {
        // The entry's mapping starts at the key's column; its next keys line up with it.
        const { owner, names } = ownerOf(lastKey(stack), true);
        stack.push({ indent: col, owner, names });
      }
    }
    while (line[valueAt] === ' ') valueAt++;
    const value = line.slice(valueAt);
    if (found && (value === '' || value.startsWith('#'))) {
      pending = { indent: col, key: found.key, item: false, seqAllowed: true };
      lastKeys.set(stack[stack.length - 1]!, found.key);
      continue;
    }
    if (found) lastKeys.set(stack[stack.length - 1]!, found.key);
    const v = value[0];
    if (found || dashes > 0) {
      if (v === '"' || v === "'") {
        if (closingQuote(value, 0) < 0) quote = { i, col: valueAt, char: v, keyIndent: col };
      } else if (v === '[' || v === '{') {
        const depth = flowScan(value, 0, 0);
        if (depth > 0) flow = { i, col: valueAt, depth };
      } else if (v === '|' || v === '>') {
        scalarIndent = col;
      } else if (found && v !== undefined && !'&*!%@`'.includes(v)) {
        // `topic: Mediation: Smith v. Jones`: a plain value cannot hold ": " (nor " #", which starts a comment).
        const inner = /: |:$/.exec(value.replace(/ #.*$/, ''));
        const name = found.key.replace(/^(["'])(.*)\1$/, '$2');
        if (inner && PLAIN_NAME.test(name)) at(i, valueAt + inner.index, `line ${i + 1}: the value of \`${name}\` holds a colon and a space, so YAML reads it as another key: put the whole value in quotes`, [name]);
      }
    }
  }
  if (quote) at(quote.i, quote.col, `the quote opened on line ${quote.i + 1} is never closed`);
  if (flow) at(flow.i, flow.col, `the ${lines[flow.i]![flow.col] === '[' ? 'bracket' : 'brace'} opened on line ${flow.i + 1} is never closed`);

  const step = commonStep(steps);
  for (const { i, indent, level } of indentFindings) {
    const siblings = level.owner === 'the other top-level keys' && level.indent === 0 ? 'not at all' : String(level.indent);
    at(i, indent, `line ${i + 1} is indented ${spaces(indent)}, ${level.owner} ${siblings}: use ${spaces(step)} per level`, level.names);
  }
  return out.sort((a, b) => a.offset - b.offset);

  function lastKey(levels: Level[]): string | undefined {
    // The key whose value is this list: the last key seen at the enclosing mapping.
    for (let k = levels.length - 1; k >= 0; k--) {
      const key = lastKeys.get(levels[k]!);
      if (key !== undefined) return key;
    }
    return undefined;
  }
}

/** The last key seen at each open mapping (names the list an entry belongs to). */
const lastKeys = new WeakMap<Level, string>();

/** A parser problem that points at no secret: its first line (excerpts already removed), where, and its code. */
export interface PlainParserProblem {
  text: string;
  from: number;
  code?: string;
}

export interface Explained {
  message: string;
  line: number;
  column: number;
}

const MAX_MISTAKES = 100;

/** Parser codes of the structure (indentation, quotes, keys): a mistake found in the text explains them. */
const STRUCTURE = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'TAB_AS_INDENT', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'IMPOSSIBLE', 'BLOCK_IN_FLOW']);

/** When no mistake is found in the text, a plain word on what the code means, before the parser's own text. */
function byCode(code: string | undefined, line: number): string | undefined {
  switch (code) {
    case 'BAD_INDENT':
      return `the indentation of line ${line} does not match the lines above it: the keys of one mapping start in the same column`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `check line ${line} and the line after it: write each key and its colon on one line, a space after the colon, and indent only the keys that belong to a key ending in a colon`;
    case 'TAB_AS_INDENT':
      return `line ${line} starts with a tab: indent with spaces`;
    default:
      return undefined;
  }
}

/**
 * The parser's problems (those that point at no secret) → located messages: each
 * mistake found in the text, in plain words at its own line, with the parser's
 * text of the structural problems it explains as a detail; the others as before,
 * with a plain word first where their code has one. `safe` says whether a mistake
 * at an offset, quoting some names, may be shown (not inside a secret's value).
 */
export function explainSyntax(
  problems: readonly PlainParserProblem[],
  text: string,
  linePos: (offset: number) => { line: number; col: number },
  safe: (offset: number, names: readonly string[]) => boolean,
): Explained[] {
  // The first hundred (a report lists no more): each parser problem is matched against them, so this bounds the work too.
  const mistakes = problems.some((p) => p.code !== undefined && STRUCTURE.has(p.code))
    ? findMistakes(text)
        .filter((m) => safe(m.offset, m.names ?? []))
        .slice(0, MAX_MISTAKES)
    : [];
  const details = mistakes.map(() => [] as string[]);
  const out: (Explained & { offset: number })[] = [];
  for (const problem of problems) {
    const { line, col } = linePos(problem.from);
    if (mistakes.length > 0 && problem.code !== undefined && STRUCTURE.has(problem.code)) {
      // Told as a detail of the nearest mistake (by line): the parser often stops lines after the cause.
      let best = 0;
      for (let k = 1; k < mistakes.length; k++) if (Math.abs(mistakes[k]!.line - line) < Math.abs(mistakes[best]!.line - line)) best = k;
      if (!details[best]!.includes(problem.text)) details[best]!.push(problem.text);
      continue;
    }
    const plain = byCode(problem.code, line);
    out.push({ offset: problem.from, line, column: col, message: `invalid YAML: ${plain ? `${plain} (parser: ${problem.text})` : problem.text}` });
  }
  mistakes.forEach((m, k) => {
    const detail = details[k]!.length > 0 ? ` (parser: ${details[k]!.join('; ')})` : '';
    out.push({ offset: m.offset, line: m.line, column: m.column, message: `invalid YAML: ${m.message}${detail}` });
  });
  return out.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...rest }) => rest);
}
