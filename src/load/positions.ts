// Where each node of a YAML document starts, keyed by JSON pointer. Built once
// per file so the AST can be dropped: a report needs offsets, not the tree.
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { escapeSegment, parentPointer } from '../util/pointer';

export interface Position {
  line: number;
  column: number;
  /** Where the key (or list item's first token) ends: exclusive, as SARIF regions count. */
  endLine: number;
  endColumn: number;
}

export type Locate = (pointer: string) => Position | undefined;

/**
 * Pointers repeat from file to file (/settings/waiting_room …): one shared copy
 * of each keeps a batch of thousands of files small. Bounded, for hostile input.
 */
const internedPointers = new Map<string, string>();
const MAX_INTERNED = 20_000;
function intern(pointer: string): string {
  const known = internedPointers.get(pointer);
  if (known !== undefined) return known;
  if (internedPointers.size < MAX_INTERNED) internedPointers.set(pointer, pointer);
  return pointer;
}

/** Start offset and length in one small integer (no allocation per node): start × 1024 + length (capped). */
const LENGTH_BITS = 1024;
const pack = (start: number, end: number) => start * LENGTH_BITS + Math.min(Math.max(end - start, 1), LENGTH_BITS - 1);

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

/** Positions of every node, and the keys given twice in a mapping (found with one set per mapping: linear). */
export function indexPositions(root: Node | null, lineCounter: LineCounter): { locate: Locate; duplicates: DuplicateKey[] } {
  const offsets = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  /** A scalar is marked whole; a collection only by its first character. */
  const span = (node: Node | null | undefined, fallback: number): number => {
    const range = node?.range;
    if (!range) return pack(fallback, fallback + 1);
    return pack(range[0], isScalar(node) ? range[1] : range[0] + 1);
  };
  // An explicit stack rather than recursion: deeply nested input must not blow the call stack.
  const stack: [Node, string, number][] = [];
  if (root) {
    offsets.set('', span(root, 0));
    stack.push([root, '', 0]);
  }
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!;
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
        const child = intern(pointer + '/' + escapeSegment(name));
        if (!offsets.has(child)) offsets.set(child, span(key, 0));
        const value = pair.value as Node | null;
        if (value && !isAlias(value)) stack.push([value, child, depth + 1]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = intern(`${pointer}/${index}`);
        const itemNode = item as Node | null;
        offsets.set(child, span(itemNode, node.range?.[0] ?? 0));
        if (itemNode && !isAlias(itemNode)) stack.push([itemNode, child, depth + 1]);
      });
    }
  }
  const locate: Locate = (pointer) => {
    // A fact the file does not hold is placed at its nearest ancestor that it does.
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const packed = offsets.get(p);
      if (packed !== undefined) {
        const startOffset = Math.floor(packed / LENGTH_BITS);
        const start = lineCounter.linePos(startOffset);
        const end = lineCounter.linePos(startOffset + (packed % LENGTH_BITS));
        return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
      }
    }
    return undefined;
  };
  return { locate, duplicates };
}

/** Just the start of a pointer's position, for error messages. */
export function startOf(locate: Locate, pointer: string): { line?: number; column?: number } {
  const position = locate(pointer);
  return position ? { line: position.line, column: position.column } : {};
}
