// Where a JSON pointer's node is in a YAML document (line and column), and the
// keys a document gives twice. The locator holds the document's tree: a batch
// lets it go once the file's checks are placed.
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
  /** Where the key (or list item's first token) ends: exclusive, as SARIF regions count. */
  endLine: number;
  endColumn: number;
}

export type Locate = (pointer: string) => Position | undefined;

/** A marked span is at most this long (a long scalar is marked by its first 1,023 characters). */
const MAX_SPAN = 1023;

/** Thrown when a document nests deeper than the limit; `offset` is where it crossed it. */
export class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deeply');
  }
}

/** Collections may nest this deep; a meeting file needs five or six levels. */
export const MAX_DEPTH = 64;

/** A key given twice in one mapping: its name and where the second one is (offsets). */
export interface DuplicateKey {
  key: string;
  from: number;
  to: number;
}

/** A pointer's segments, unescaped (RFC 6901: ~1 is /, ~0 is ~). */
const segmentsOf = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => (segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment));

const LIST_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The keys given twice in a mapping (found with one set per mapping: linear),
 * and a locator of pointers. A report asks for the positions of a few pointers
 * per file, so the locator walks the tree down to each pointer when asked,
 * rather than naming every node of the document up front.
 */
export function indexPositions(root: Node | null, lineCounter: LineCounter): { locate: Locate; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  // An explicit stack rather than recursion: deeply nested input must not blow the call stack.
  const stack: [Node, number][] = root ? [[root, 0]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw new TooDeep(node.range?.[0] ?? 0);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue; // complex keys cannot be named by a pointer
        const name = String(key.value);
        if (keys.has(name)) {
          duplicates.push({ key: name, from: key.range?.[0] ?? 0, to: key.range?.[1] ?? 0 });
          continue;
        }
        keys.add(name);
        const value = pair.value as Node | null;
        if (value && !isAlias(value)) stack.push([value, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (Node | null)[]) if (item && !isAlias(item)) stack.push([item, depth + 1]);
    }
  }

  /** A scalar is marked whole; a collection only by its first character. A key marks its pair. */
  const span = (node: Node | null | undefined, fallback: number): [number, number] => {
    const range = node?.range;
    if (!range) return [fallback, fallback + 1];
    return [range[0], isScalar(node) ? range[1] : range[0] + 1];
  };
  const locate: Locate = (pointer) => {
    if (!root) return undefined;
    // A fact the file does not hold is placed at its nearest ancestor that it does.
    let [from, to] = span(root, 0);
    let node: Node | null = root;
    for (const segment of segmentsOf(pointer)) {
      let child: Node | null | undefined;
      if (isMap(node)) {
        // The first of keys given twice, as everywhere else.
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (pair === undefined) break;
        [from, to] = span(pair.key as Node, 0);
        child = pair.value as Node | null;
      } else if (isSeq(node) && LIST_INDEX.test(segment) && Number(segment) < node.items.length) {
        child = node.items[Number(segment)] as Node | null;
        [from, to] = span(child, node.range?.[0] ?? 0);
      } else break;
      if (!child || isAlias(child)) break; // nothing below it is in this file
      node = child;
    }
    const start = lineCounter.linePos(from);
    const end = lineCounter.linePos(from + Math.min(Math.max(to - from, 1), MAX_SPAN));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  return { locate, duplicates };
}

/** Just the start of a pointer's position, for error messages. */
export function startOf(locate: Locate, pointer: string): { line?: number; column?: number } {
  const position = locate(pointer);
  return position ? { line: position.line, column: position.column } : {};
}
