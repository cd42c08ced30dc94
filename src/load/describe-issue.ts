// Turns zod's validation issues into located messages a person can act on.
// Messages name the key and the expected shape; they never quote the value,
// since the value may be a passcode.
import type * as z from 'zod/mini';
import { nearest } from '../util/nearest';
import { valueSlip } from './value-slips';
import { keyPathOf, pointerOf } from '../util/pointer';
import { isSecretKey } from '../util/secrets';

export interface Problem {
  message: string;
  pointer: string;
}

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a mapping of keys',
  array: 'a list',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true/false';
  return `a ${typeof value}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The keys a strict object in the schema knows, found by walking the schema along `path`. */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: any = schema;
  const unwrap = () => {
    while (node?._zod?.def?.type === 'optional') node = node._zod.def.innerType;
  };
  unwrap();
  for (const segment of path) {
    const def = node?._zod?.def;
    if (def?.type === 'object') node = def.shape[segment as string];
    else if (def?.type === 'array') node = def.element;
    else return [];
    unwrap();
  }
  const def = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

/**
 * One problem per issue (per key, for unknown keys). `base` is where `data` sits
 * in the document, when a part of a document was validated on its own.
 */
export function describeIssues(issues: readonly Issue[], data: unknown, schema: z.core.$ZodType, base: readonly (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = nearest(key, known);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys: ${known.join(', ') || 'none'}`;
        const where = path.length > 0 ? `in ${keyPathOf(path)}` : 'at the top level';
        problems.push({ message: `${keyPathOf([...path, key])}: unknown key ${where}${hint}`, pointer: pointerOf([...path, key]) });
      }
      continue;
    }
    // A secret's value is never described beyond its kind: a custom message could quote it.
    const last = path[path.length - 1];
    const secret = typeof last === 'string' && isSecretKey(last) && issue.code !== 'invalid_type';
    const value = valueAt(data, issue.path);
    const text = secret ? 'is not a valid value (the value is not shown)' : (valueSlip(issue, value, last) ?? emptyBlock(issue, value, last) ?? describe(issue, value));
    problems.push({ message: `${keyPathOf(path)}: ${text}`, pointer: pointerOf(path) });
  }
  return problems;
}

/** `settings:` with nothing under it, its keys written at its own indentation: say how to nest them. */
function emptyBlock(issue: Issue, value: unknown, last: string | number | undefined): string | undefined {
  if (issue.code !== 'invalid_type' || value !== null || typeof last !== 'string') return undefined;
  if (issue.expected === 'object') return `has no value: indent the keys that belong to it under it (2 spaces more than ${last})`;
  if (issue.expected === 'array') return `has no value: write its entries under it, each on a line starting with "- ", indented 2 spaces more than ${last}`;
  return undefined;
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return `is required (${expected})`;
      const quoteHint =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? ' (put it in quotes: YAML reads bare digits as a number and drops leading zeros)'
          : '';
      return `must be ${expected}, not ${kindOf(value)}${quoteHint}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${
        typeof value === 'string' || typeof value === 'number' ? 'that value' : kindOf(value)
      }`;
    case 'invalid_union':
      return issue.message; // every union in our schemas carries its own message
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return issue.origin === 'number' ? `must be a whole number no larger than ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}
