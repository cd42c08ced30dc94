// JSON written piece by piece: a frame object whose large arrays stand in as
// marks, then each array written item by item. The text is what
// forJson(value, 2) would write for the whole value, but no piece holds more
// than one item, so a report of 100,000 targets is never one huge string.
import { forJson } from '../util/escape';

/** A stand-in for an array that is written item by item; its JSON text is searched for, then replaced. */
export const streamMark = (name: string) => `\u0000stream:${name}\u0000`;

export function* streamJson(frame: unknown, arrays: ReadonlyMap<string, Iterable<unknown>>): Generator<string> {
  const text = forJson(frame, 2);
  const places = [...arrays.keys()]
    .map((mark) => ({ mark, at: text.indexOf(JSON.stringify(mark)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { mark, at } of places) {
    yield text.slice(from, at);
    // The array's items sit two spaces deeper than the line its key is on.
    const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1, at))![0];
    const inner = `\n${indent}  `;
    let count = 0;
    for (const item of arrays.get(mark)!) {
      yield (count++ === 0 ? '[' : ',') + inner + forJson(item, 2).replace(/\n/g, inner);
    }
    yield count === 0 ? '[]' : `\n${indent}]`;
    from = at + JSON.stringify(mark).length;
  }
  yield text.slice(from) + '\n';
}
