// A zod schema's plan (src/model/quick-parse.ts): what each node decides, read
// from zod's own definitions. A node is modelled only when its zod classes (its
// traits) are exactly those whose parsing the plan repeats; anything else (a
// refinement, a default, a transform, a string format, an exact optional, …)
// becomes `zod`, which leaves the decision to zod. Run at build time and in
// tests, never in a check.
import type * as z from 'zod/mini';
import type { Plan, PlanKey } from './quick-parse';

type Node = z.core.$ZodType;
type Bounds = Extract<Plan, { kind: 'number' }>['bounds'];

const ZOD: Plan = { kind: 'zod' };

/** A node's core zod classes, without the base class and the mini/classic wrappers: `$ZodOptional`. */
const traitsOf = (node: { _zod: unknown }): string =>
  [...(node._zod as { traits: Set<string> }).traits].filter((t) => t.startsWith('$Zod') && t !== '$ZodType').sort().join(',');

/** A number a plan can carry: the build ships plans as JSON, which writes infinity and NaN as null. */
const isPlainNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A value a plan carries as JSON and compares as zod does (in a Set of the allowed values). */
const isPlainValue = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || isPlainNumber(value);

/** The checks on a string or number node, as the plan states them; undefined when one is beyond it. */
function checksOf(node: Node): { patterns: [string, string][]; bounds: Bounds } | undefined {
  const patterns: [string, string][] = [];
  const bounds: Bounds = [];
  for (const check of node._zod.def.checks ?? []) {
    const def = check._zod.def as { when?: unknown; pattern?: unknown; value?: unknown; inclusive?: boolean };
    if (def.when !== undefined) return undefined;
    const traits = traitsOf(check);
    if (traits === '$ZodCheck,$ZodCheckRegex,$ZodCheckStringFormat' && def.pattern instanceof RegExp) {
      patterns.push([def.pattern.source, def.pattern.flags]);
    } else if (traits === '$ZodCheck,$ZodCheckGreaterThan' && isPlainNumber(def.value)) {
      bounds.push([def.inclusive ? '>=' : '>', def.value]);
    } else if (traits === '$ZodCheck,$ZodCheckLessThan' && isPlainNumber(def.value)) {
      bounds.push([def.inclusive ? '<=' : '<', def.value]);
    } else {
      return undefined;
    }
  }
  return { patterns, bounds };
}

/** How an object treats a key missing from its input, from the child's optin/optout (as zod's object does). */
function absentOf(child: Node): PlanKey['absent'] {
  const { optin, optout } = child._zod;
  if (optin === undefined) return 'refuse';
  return optin === 'optional' && optout === 'optional' ? 'skip' : 'zod';
}

export function planOf(schema: Node): Plan {
  const def = schema._zod.def as Node['_zod']['def'] & Record<string, any>;
  if (def.coerce) return ZOD;
  const checked = (def.checks?.length ?? 0) > 0;
  switch (traitsOf(schema)) {
    case '$ZodUnknown':
    case '$ZodAny':
      return checked ? ZOD : { kind: 'unknown' };
    case '$ZodBoolean':
      return checked ? ZOD : { kind: 'boolean' };
    case '$ZodString': {
      const checks = checksOf(schema);
      return checks && checks.bounds.length === 0 ? { kind: 'string', patterns: checks.patterns } : ZOD;
    }
    case '$ZodNumber':
    case '$ZodCheck,$ZodCheckNumberFormat,$ZodNumber,$ZodNumberFormat': {
      // z.int() and its kin are number nodes that check their own format.
      const format = schema._zod.traits.has('$ZodCheckNumberFormat') ? (def.format as string) : 'float64';
      const checks = checksOf(schema);
      if (!checks || checks.patterns.length > 0 || (format !== 'safeint' && format !== 'float64')) return ZOD;
      return { kind: 'number', safeInteger: format === 'safeint', bounds: checks.bounds };
    }
    case '$ZodEnum':
    case '$ZodLiteral': {
      const values = [...(schema._zod.values ?? [])];
      return !checked && values.length > 0 && values.every(isPlainValue) ? { kind: 'values', values } : ZOD;
    }
    case '$ZodOptional':
      return checked || def.innerType._zod.optin === 'defaulted' ? ZOD : { kind: 'optional', of: planOf(def.innerType) };
    case '$ZodNullable':
      return checked ? ZOD : { kind: 'nullable', of: planOf(def.innerType) };
    case '$ZodArray':
      return checked ? ZOD : { kind: 'array', of: planOf(def.element) };
    case '$ZodUnion':
      return checked || def.inclusive === false ? ZOD : { kind: 'union', of: (def.options as Node[]).map(planOf) };
    case '$ZodObject':
    case '$ZodObject,$ZodObjectJIT': {
      const catchall = def.catchall?._zod.def.type;
      if (checked || (catchall !== undefined && catchall !== 'never')) return ZOD;
      const shape = def.shape as Record<string, Node>;
      if (Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) return ZOD;
      const keys = Object.keys(shape).map((key): PlanKey => ({ key, plan: planOf(shape[key]!), absent: absentOf(shape[key]!) }));
      return { kind: 'object', keys, strict: catchall === 'never' };
    }
    default:
      return ZOD;
  }
}
