// Where each node of a YAML document starts, keyed by JSON pointer. Built once
// per file so the AST can be dropped: a report needs offsets, not the tree.
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { escapeSegment, parentPointer } from '../util/pointer';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (pointer: string) => Position | undefined;

export function indexPositions(root: Node | null, lineCounter: LineCounter): Locate {
  const offsets = new Map<string, number>();
  // An explicit stack rather than recursion: deeply nested input must not blow the call stack.
  const stack: [Node, string][] = [];
  if (root) {
    offsets.set('', root.range?.[0] ?? 0);
    stack.push([root, '']);
  }
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue; // complex keys cannot be named by a pointer
        const child = pointer + '/' + escapeSegment(String(key.value));
        if (!offsets.has(child)) offsets.set(child, key.range?.[0] ?? 0);
        const value = pair.value as Node | null;
        if (value && !isAlias(value)) stack.push([value, child]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = `${pointer}/${index}`;
        const itemNode = item as Node | null;
        offsets.set(child, itemNode?.range?.[0] ?? node.range?.[0] ?? 0);
        if (itemNode && !isAlias(itemNode)) stack.push([itemNode, child]);
      });
    }
  }
  return (pointer) => {
    // A fact the file does not hold is placed at its nearest ancestor that it does.
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const offset = offsets.get(p);
      if (offset !== undefined) {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      }
    }
    return undefined;
  };
}
