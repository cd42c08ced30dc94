// The locator: where a pointer's node is, or its nearest ancestor the file holds.
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { indexPositions, TooDeep } from '../src/load/positions';

function index(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  return indexPositions(doc.contents, lineCounter);
}

const TEXT = [
  'settings:', // 1
  '  waiting_room: true', // 2
  '  "a/b": 1', // 3
  '  "m~n": 2', // 4
  'participants:', // 5
  '  - name: Ann', // 6
  '  - name: Bob', // 7
  'base: &anchor', // 8
  '  x: 1', // 9
  'copy: *anchor', // 10
  'settings2: {k: v, k: w}', // 11
  'topic: "a long topic"', // 12
].join('\n');

describe('indexPositions', () => {
  const { locate, duplicates } = index(TEXT);
  it.each([
    ['', { line: 1, column: 1, endLine: 1, endColumn: 2 }], // a collection: its first character
    ['/settings/waiting_room', { line: 2, column: 3, endLine: 2, endColumn: 15 }], // a key marks its pair
    ['/settings/a~1b', { line: 3, column: 3, endLine: 3, endColumn: 8 }], // ~1 is a slash
    ['/settings/m~0n', { line: 4, column: 3, endLine: 4, endColumn: 8 }], // ~0 is a tilde
    ['/participants/1', { line: 7, column: 5, endLine: 7, endColumn: 6 }], // a list item
    ['/participants/1/name', { line: 7, column: 5, endLine: 7, endColumn: 9 }],
    ['/participants/01', { line: 5, column: 1, endLine: 5, endColumn: 13 }], // not an index: its parent
    ['/participants/2/name', { line: 5, column: 1, endLine: 5, endColumn: 13 }], // past the end: the list's key
    ['/settings/lobby/x', { line: 1, column: 1, endLine: 1, endColumn: 9 }], // not in the file: the nearest ancestor
    ['/copy/x', { line: 10, column: 1, endLine: 10, endColumn: 5 }], // nothing is followed through an alias
    ['/settings2/k', { line: 11, column: 13, endLine: 11, endColumn: 14 }], // the first of a key given twice
    ['/topic', { line: 12, column: 1, endLine: 12, endColumn: 6 }],
  ])('%s', (pointer, position) => {
    expect(locate(pointer)).toEqual(position);
  });

  it('finds the keys given twice', () => {
    expect(duplicates).toEqual([{ key: 'k', from: TEXT.indexOf('k: w'), to: TEXT.indexOf('k: w') + 1 }]);
  });

  it('has no positions for an empty document', () => {
    expect(index('').locate('/type')).toBeUndefined();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(() => index(`${'['.repeat(70)}${']'.repeat(70)}`)).toThrow(TooDeep);
  });
});
