// Glob matching over forward-slash paths: ** (any folders), * and ? (within one
// segment), [abc] [a-z] [!abc] and {a,b}. Node 20 has no fs.glob.
//
// Globs come from pull requests (waivers, file names), so matching must not
// backtrack: a pattern is compiled to a small automaton whose states are all
// followed at once, one character at a time (the Thompson construction). The
// time is at most the pattern's length times the name's, whatever the pattern.

/** A pattern that cannot be compiled; `message` says why, in words for a person. */
export class GlobError extends Error {}

export interface GlobMatcher {
  test(name: string): boolean;
}

export function hasGlobChars(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** Longest pattern accepted: a glob names files, it is not a program. */
const MAX_PATTERN = 1000;

type CharTest = (c: string) => boolean;

/** A state reads one character (`test`, then goes to `next`), or is a fork of free moves (`to`). */
interface State {
  test?: CharTest;
  next?: number;
  to?: number[];
}

const notSlash: CharTest = (c) => c !== '/';
const anyChar: CharTest = () => true;

class Builder {
  readonly states: State[] = [];

  add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }
}

/** The index just past the `]` closing a class opened at `open`, or -1 when it is not closed. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++; // a ] first in the class is a character of it
  const end = pattern.indexOf(']', i);
  return end < 0 ? -1 : end + 1;
}

function compileClass(body: string, pattern: string): CharTest {
  const negate = body[0] === '!' || body[0] === '^';
  const chars = [...(negate ? body.slice(1) : body)];
  if (chars.length === 0) throw new GlobError(`"${pattern}": the character class [${body}] is empty`);
  const singles = new Set<string>();
  const ranges: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const from = chars[i]!.codePointAt(0)!;
      const to = chars[i + 2]!.codePointAt(0)!;
      if (from > to) throw new GlobError(`"${pattern}": the range ${chars[i]}-${chars[i + 2]} in [${body}] runs backwards`);
      ranges.push([from, to]);
      i += 2;
    } else singles.add(chars[i]!);
  }
  return (c) => {
    if (c === '/') return false; // a class matches within one folder name
    const code = c.codePointAt(0)!;
    const inside = singles.has(c) || ranges.some(([from, to]) => code >= from && code <= to);
    return inside !== negate;
  };
}

/** Splits `{a,b}`'s body at its top-level commas (braces may nest). */
function splitOptions(body: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '[') {
      const end = classEnd(body, i);
      if (end > 0) i = end - 1;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      options.push(body.slice(start, i));
      start = i + 1;
    }
  }
  options.push(body.slice(start));
  return options;
}

/** The index just past the `}` closing a brace opened at `open`, or -1. */
function braceEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const end = classEnd(pattern, i);
      if (end > 0) i = end - 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Compiles `pattern` into states that lead to `exit`; returns its entry state. */
function compileInto(b: Builder, pattern: string, whole: string, exit: number): number {
  // Built back to front: each piece's entry leads to the entry of what follows it.
  const pieces: ((next: number) => number)[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      i += slash ? 2 : 1;
      while (slash && pattern.startsWith('**/', i + 1)) i += 3; // **/**/ is **/
      if (slash) {
        // Zero or more whole folders: a loop of (not-slash)* then "/".
        pieces.push((next) => {
          const loop = b.add({ to: [] });
          const name = b.add({ test: notSlash });
          const slashState = b.add({ test: (ch) => ch === '/', next: loop });
          b.states[name]!.next = b.add({ to: [name, slashState] });
          b.states[loop]!.to = [next, name, slashState];
          return loop;
        });
      } else {
        pieces.push((next) => {
          const loop = b.add({ to: [] });
          const step = b.add({ test: anyChar, next: loop });
          b.states[loop]!.to = [next, step];
          return loop;
        });
      }
    } else if (c === '*') {
      while (pattern[i + 1] === '*' && pattern[i + 2] !== '*') i++;
      pieces.push((next) => {
        const loop = b.add({ to: [] });
        const step = b.add({ test: notSlash, next: loop });
        b.states[loop]!.to = [next, step];
        return loop;
      });
    } else if (c === '?') {
      pieces.push((next) => b.add({ test: notSlash, next }));
    } else if (c === '[' && classEnd(pattern, i) > 0) {
      const end = classEnd(pattern, i);
      const test = compileClass(pattern.slice(i + 1, end - 1), whole);
      i = end - 1;
      pieces.push((next) => b.add({ test, next }));
    } else if (c === '{' && braceEnd(pattern, i) > 0) {
      const end = braceEnd(pattern, i);
      const options = splitOptions(pattern.slice(i + 1, end - 1));
      i = end - 1;
      pieces.push((next) => b.add({ to: options.map((option) => compileInto(b, option, whole, next)) }));
    } else {
      pieces.push((next) => b.add({ test: (ch) => ch === c, next }));
    }
  }
  let entry = exit;
  for (let k = pieces.length - 1; k >= 0; k--) entry = pieces[k]!(entry);
  return entry;
}

/** Compiles a glob; throws GlobError for a pattern that cannot be (such as the class [z-a]). */
export function compileGlob(pattern: string): GlobMatcher {
  if (pattern.length > MAX_PATTERN) throw new GlobError(`the pattern is longer than ${MAX_PATTERN} characters`);
  const b = new Builder();
  const accept = b.add({});
  const start = compileInto(b, pattern, pattern, accept);
  const { states } = b;

  /** Adds `state` and every state its free moves reach (an explicit stack: no recursion). */
  const close = (into: Set<number>, state: number) => {
    const stack = [state];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (into.has(s)) continue;
      into.add(s);
      for (const t of states[s]!.to ?? []) stack.push(t);
    }
  };

  return {
    test(name: string): boolean {
      let current = new Set<number>();
      close(current, start);
      for (const c of name) {
        const next = new Set<number>();
        for (const s of current) {
          const state = states[s]!;
          if (state.test && state.test(c)) close(next, state.next!);
        }
        if (next.size === 0) return false;
        current = next;
      }
      return current.has(accept);
    },
  };
}

/** The folder a glob can be searched from: its segments before the first one with a glob character. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobChars(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}
