// A meeting file's data checked against its schema's plan, without zod. Building
// zod's meeting schema and running it cost about a third of a one-file check's own
// time, though nearly every file is valid. A plan is what a zod schema decides,
// as plain data (planOf, src/model/plan-of.ts, derives it from the schema; the
// build ships it instead of the schema: src/model/meeting-plans.ts).
//
// quickParse gives what zod's safeParse gives for a valid input: the same value
// (unknown keys of an object dropped, as zod drops them). For anything else it
// gives nothing, and zod decides and words what is wrong. A test holds the two to
// the same answers on generated inputs (test/quick-parse.test.ts).

/** What one schema node decides. `zod`: a node the plan does not model; only zod can judge it. */
export type Plan =
  | { kind: 'object'; keys: PlanKey[]; strict: boolean }
  | { kind: 'optional'; of: Plan }
  | { kind: 'nullable'; of: Plan }
  | { kind: 'boolean' }
  | { kind: 'string'; patterns: [source: string, flags: string][] }
  | { kind: 'number'; safeInteger: boolean; bounds: [operator: '>' | '>=' | '<' | '<=', bound: number][] }
  | { kind: 'values'; values: (string | number | boolean | null)[] }
  | { kind: 'array'; of: Plan }
  | { kind: 'union'; of: Plan[] }
  | { kind: 'unknown' }
  | { kind: 'zod' };

/**
 * One key of an object. `absent`: what zod makes of the key missing from the
 * input: `skip` (an optional key: left out of the value), `refuse`, or `zod`.
 */
export interface PlanKey {
  key: string;
  plan: Plan;
  absent: 'skip' | 'refuse' | 'zod';
}

const REFUSED = Symbol('refused');
const UNDECIDED = Symbol('undecided');

// Compiled once per plan node (plans are data: a pattern travels as its source and flags).
const compiled = new WeakMap<object, RegExp[]>();
const valueSets = new WeakMap<object, ReadonlySet<unknown>>();
const keySets = new WeakMap<object, ReadonlySet<string>>();

function patternsOf(plan: Extract<Plan, { kind: 'string' }>): RegExp[] {
  let patterns = compiled.get(plan);
  if (!patterns) compiled.set(plan, (patterns = plan.patterns.map(([source, flags]) => new RegExp(source, flags))));
  return patterns;
}

function withinBounds(input: number, bounds: Extract<Plan, { kind: 'number' }>['bounds']): boolean {
  for (const [operator, bound] of bounds) {
    const within = operator === '>' ? input > bound : operator === '>=' ? input >= bound : operator === '<' ? input < bound : input <= bound;
    if (!within) return false;
  }
  return true;
}

/**
 * The value zod would give, or REFUSED (zod would refuse the input), or
 * UNDECIDED (the plan cannot tell). Each test is the one zod makes, in its terms
 * (`key in input`, `for…in`, a Set of the allowed values), so an input that is
 * not plain data is judged as zod judges it.
 */
function run(plan: Plan, input: unknown): unknown {
  switch (plan.kind) {
    case 'unknown':
      return input;
    case 'boolean':
      return typeof input === 'boolean' ? input : REFUSED;
    case 'string': {
      if (typeof input !== 'string') return REFUSED;
      for (const pattern of patternsOf(plan)) {
        pattern.lastIndex = 0;
        if (!pattern.test(input)) return REFUSED;
      }
      return input;
    }
    case 'number':
      if (typeof input !== 'number' || !Number.isFinite(input)) return REFUSED;
      if (plan.safeInteger && !Number.isSafeInteger(input)) return REFUSED;
      return withinBounds(input, plan.bounds) ? input : REFUSED;
    case 'values': {
      let values = valueSets.get(plan);
      if (!values) valueSets.set(plan, (values = new Set(plan.values)));
      return values.has(input) ? input : REFUSED;
    }
    case 'optional':
      return input === undefined ? undefined : run(plan.of, input);
    case 'nullable':
      return input === null ? null : run(plan.of, input);
    case 'union':
      // zod takes the first option that accepts the input: an option the plan cannot judge leaves the union undecided.
      for (const option of plan.of) {
        const outcome = run(option, input);
        if (outcome !== REFUSED) return outcome;
      }
      return REFUSED;
    case 'array': {
      if (!Array.isArray(input)) return REFUSED;
      const value = new Array<unknown>(input.length);
      let undecided = false;
      for (let i = 0; i < input.length; i++) {
        const outcome = run(plan.of, input[i]);
        if (outcome === REFUSED) return REFUSED; // zod refuses the list whatever else it holds
        if (outcome === UNDECIDED) undecided = true;
        else value[i] = outcome;
      }
      return undecided ? UNDECIDED : value;
    }
    case 'object':
      return runObject(plan, input);
    case 'zod':
      return UNDECIDED;
  }
}

function runObject(plan: Extract<Plan, { kind: 'object' }>, input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return REFUSED;
  const value: Record<string, unknown> = {};
  let undecided = false;
  for (const { key, plan: child, absent } of plan.keys) {
    if (!(key in input)) {
      if (absent === 'refuse') return REFUSED;
      if (absent === 'zod') undecided = true;
      continue;
    }
    const outcome = run(child, (input as Record<string, unknown>)[key]);
    if (outcome === REFUSED) return REFUSED;
    if (outcome === UNDECIDED) undecided = true;
    else value[key] = outcome; // a present key is kept even when its value is undefined, as zod keeps it
  }
  if (plan.strict) {
    let known = keySets.get(plan);
    if (!known) keySets.set(plan, (known = new Set(plan.keys.map((k) => k.key))));
    for (const key in input) if (!known.has(key)) return REFUSED;
  }
  return undecided ? UNDECIDED : value;
}

/** zod's parsed value when the plan can tell the input is valid; otherwise undefined (zod must decide). */
export function quickParse(plan: Plan, input: unknown): { value: unknown } | undefined {
  const outcome = run(plan, input);
  return outcome === REFUSED || outcome === UNDECIDED ? undefined : { value: outcome };
}

/** Whether zod would surely refuse the input (for tests: the plan's refusals must be zod's). */
export function quickRefuses(plan: Plan, input: unknown): boolean {
  return run(plan, input) === REFUSED;
}

/** The keys the object at `path` (keys of nested objects, optional or not) declares; none when there is no object there. */
export function keysAt(plan: Plan, path: readonly string[]): string[] {
  let node: Plan | undefined = plan;
  for (const segment of ['', ...path]) {
    if (segment) node = node?.kind === 'object' ? node.keys.find((k) => k.key === segment)?.plan : undefined;
    while (node?.kind === 'optional' || node?.kind === 'nullable') node = node.of;
  }
  return node?.kind === 'object' ? node.keys.map((k) => k.key) : [];
}
