// Which fixes a run makes: the failing checks' fixes of the profile being run
// (a waived check is accepted as it is, so not fixed), merged per target into
// one list of field changes and the steps left to a person.
import type { FieldChange, Fix } from '../engine/define-rule';
import { valueAt } from '../engine/evidence';
import { dotted } from '../engine/fix';
import { runChecks, type LoadedTarget } from '../engine/run-checks';
import type { RunSetup } from '../commands/finish-run';

export interface RuleFix {
  rule: string;
  fix: Fix;
}

export interface Plan {
  /** Each pointer once, in the order the profile's rules gave them. */
  changes: FieldChange[];
  /** Which rule asked for each change (same order). */
  rules: string[];
  byHand: { rule: string; step: string }[];
  /** The fixes the plan was made from, in order. */
  fixes: readonly RuleFix[];
}

/** Every failing, unwaived check's fix, per target (the targets' locators are released, as by any run). */
export async function fixesOf(loaded: LoadedTarget[], setup: RunSetup): Promise<RuleFix[][]> {
  const found = loaded.map((): RuleFix[] => []);
  const results = runChecks(loaded, setup.enabled, (target, rule, fix) => found[target]!.push({ rule, fix }));
  if (!setup.policy) return found;
  const { applyWaivers } = await import('../policy/apply-waivers');
  const waived = applyWaivers(results, setup.policy).results.map((result) => new Set(result.checks.filter((c) => c.status === 'waived').map((c) => c.rule)));
  return found.map((fixes, index) => fixes.filter((f) => !waived[index]!.has(f.rule)));
}

/**
 * One target's fixes as a plan. Rules of one profile never ask opposite values of
 * one field (a test holds them to it); should two ever do, the first one stands.
 */
export function planOf(fixes: readonly RuleFix[], before?: unknown): Plan {
  const plan: Plan = { changes: [], rules: [], byHand: [], fixes };
  const seen = new Set<string>();
  for (const { rule, fix } of fixes) {
    for (const change of fix.changes) {
      if (seen.has(change.pointer)) continue;
      seen.add(change.pointer);
      plan.changes.push(change);
      plan.rules.push(rule);
    }
    for (const step of fix.byHand ?? []) plan.byHand.push({ rule, step });
  }
  return before === undefined ? plan : withoutNoOps(plan, before);
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/**
 * Drops the changes to a value the field already holds, unless a sibling in the
 * same object changes: Zoom takes such an object whole (waiting_room_options
 * needs its mode beside who_goes_to_waiting_room).
 */
function withoutNoOps(plan: Plan, before: unknown): Plan {
  const changed = plan.changes.map((change) => valueAt(before, change.pointer) !== change.value);
  const parents = new Set(plan.changes.filter((_, i) => changed[i]).map((change) => parentOf(change.pointer)));
  const keep = plan.changes.map((change, i) => changed[i] || (parentOf(change.pointer) !== '/settings' && parents.has(parentOf(change.pointer))));
  return { ...plan, changes: plan.changes.filter((_, i) => keep[i]), rules: plan.rules.filter((_, i) => keep[i]) };
}

/** A field's value for a message: short (a value from a file or from Zoom may be long), never an object's contents. */
export function shown(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? '(a list)' : '(an object)';
  const text = typeof value === 'string' ? value : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "settings.waiting_room: true → false (no-waiting-room)", one line per change; no value but the fields' own. */
export function changeLines(plan: Plan, before: unknown): string[] {
  return plan.changes.map((change, i) => `${dotted(change.pointer)}: ${shown(valueAt(before, change.pointer))} → ${shown(change.value)} (${plan.rules[i]})`);
}
