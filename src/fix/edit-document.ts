// Sets fields of a YAML or JSON meeting file in its own text. The `yaml`
// document model finds each field's node and its source range; the new value is
// spliced into the text there, so comments, key order, quoting and layout stay
// exactly as they were, and JSON stays JSON. A missing key is added as one new
// line at the end of its mapping. What the splice cannot place (an empty or
// null mapping, an alias) falls back to the document model's own writer
// (YAML) or to JSON with the file's indentation.
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { FieldChange } from '../engine/define-rule';

type Value = FieldChange['value'];

/** Words YAML 1.1 readers take for booleans or null: always quoted when they are strings. */
const AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

function render(value: Value, json: boolean): string {
  if (typeof value !== 'string') return String(value);
  return json || !/^[a-z][a-z0-9_]*$/i.test(value) || AMBIGUOUS.test(value) ? JSON.stringify(value) : value;
}

const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The indentation unit of a JSON text (its first indented line), else two spaces. */
function jsonIndent(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

/** `rest` (keys) holding `value`, as the text of a value: nested mappings for every key but the last. */
function nestedYaml(rest: readonly string[], value: Value, indent: string, eol: string): string {
  if (rest.length === 0) return ' ' + render(value, false);
  const inner = indent + '  ';
  return `${eol}${inner}${rest[0]}:${nestedYaml(rest.slice(1), value, inner, eol)}`;
}

function nestedJson(rest: readonly string[], value: Value, indent: string, unit: string, multiline: boolean, eol: string): string {
  if (rest.length === 0) return render(value, true);
  const inner = indent + unit;
  const member = `${JSON.stringify(rest[0])}: ${nestedJson(rest.slice(1), value, inner, unit, multiline, eol)}`;
  return multiline ? `{${eol}${inner}${member}${eol}${indent}}` : `{${member}}`;
}

/** One change spliced into the text, or undefined when the splice cannot place it. */
function splice(text: string, segments: readonly string[], value: Value): string | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let node: Node | null = doc.contents as Node | null;
  for (let depth = 0; depth < segments.length; depth++) {
    if (!isMap(node) || !node.range) return undefined;
    const map: YAMLMap = node;
    const pair = map.items.find((item) => keyOf(item) === segments[depth]);
    if (pair) {
      node = pair.value as Node | null;
      continue;
    }
    return addKey(text, map, segments.slice(depth), value, eol);
  }
  // The field is there: replace its scalar's text (not its comment).
  if (!isScalar(node) || !node.range || node.range[0] >= node.range[1]) return undefined;
  // JSON (or a double-quoted YAML string) keeps double quotes; other YAML gets a plain word where one is safe.
  const rendered = render(value, text.trimStart().startsWith('{') || node.type === 'QUOTE_DOUBLE');
  return text.slice(0, node.range[0]) + rendered + text.slice(node.range[1]);
}

/** Adds `rest[0]` (and the mappings below it) as the last member of `map`. */
function addKey(text: string, map: YAMLMap, rest: readonly string[], value: Value, eol: string): string | undefined {
  const first = map.items[0];
  const last = map.items.at(-1);
  const firstKey = first?.key as Node | undefined;
  if (!first || !last || !firstKey?.range) return undefined;
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node | null)?.range)?.[1];
  if (lastEnd === undefined) return undefined;
  if (map.flow) {
    const start = map.range![0];
    const multiline = text.slice(start, firstKey.range[0]).includes('\n');
    const indent = multiline ? text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]) : '';
    if (multiline && !/^[ \t]*$/.test(indent)) return undefined;
    const unit = jsonIndent(text);
    const member = `${JSON.stringify(rest[0])}: ${nestedJson(rest.slice(1), value, indent, unit, multiline, eol)}`;
    const insert = multiline ? `,${eol}${indent}${member}` : `, ${member}`;
    return text.slice(0, lastEnd) + insert + text.slice(lastEnd);
  }
  const indent = text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]);
  if (!/^ *$/.test(indent)) return undefined; // a mapping inside a list item ("- key: …"): left to the writer
  const line = `${indent}${rest[0]}:${nestedYaml(rest.slice(1), value, indent, eol)}`;
  // After the line where the last member's value ends (a block value ends at the start of the next line).
  if (lastEnd > 0 && text[lastEnd - 1] === '\n') return text.slice(0, lastEnd) + line + eol + text.slice(lastEnd);
  const lineEnd = text.indexOf('\n', lastEnd);
  if (lineEnd < 0) return text + eol + line;
  const at = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return text.slice(0, at) + eol + line + text.slice(at);
}

/** The document model's writer (YAML), or JSON with the file's indentation. */
function rewrite(text: string, segments: readonly string[], value: Value): string {
  if (text.trimStart().startsWith('{')) {
    try {
      const object = JSON.parse(text) as Record<string, unknown>;
      let node = object;
      for (const segment of segments.slice(0, -1)) {
        const next = node[segment];
        if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
        node = node[segment] as Record<string, unknown>;
      }
      node[segments.at(-1)!] = value;
      return JSON.stringify(object, null, jsonIndent(text)) + (/\n$/.test(text) ? '\n' : '');
    } catch {
      // not strict JSON: YAML's writer below
    }
  }
  const doc = parseDocument(text);
  doc.setIn(segments, value);
  return doc.toString({ lineWidth: 0 });
}

/** The text with every change applied, in order. The caller re-validates the result. */
export function editText(text: string, changes: readonly FieldChange[]): string {
  let out = text;
  for (const { pointer, value } of changes) {
    const segments = pointer.split('/').slice(1);
    out = splice(out, segments, value) ?? rewrite(out, segments, value);
  }
  return out;
}
