// Waivers turn failing checks into waived ones, for the targets their glob names,
// until they expire (inclusive, UTC). Expired and idle waivers are reported.
import path from 'node:path';
import type { TargetResult } from '../engine/run-checks';
import { compileGlob } from '../util/glob';
import type { Policy } from './load-policy';

export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

/** The name a waiver's glob is matched against: a file relative to the policy's folder, or the target's own name. */
function nameForPolicy(result: TargetResult, policy: Policy): string {
  return result.file ? path.relative(policy.dir, result.file).split(path.sep).join('/') : result.target;
}

/**
 * A name or a glob that leaves the policy's folder: `../…`, or absolute. A file name
 * that does is matched only by a glob that does too: `**` means every file under
 * the folder, not those above it.
 */
const leavesFolder = (nameOrGlob: string) => nameOrGlob === '..' || nameOrGlob.startsWith('../') || path.isAbsolute(nameOrGlob);

const lineOf = (policy: Policy, index: number) => {
  const line = policy.waiverLines?.[index];
  return line === undefined ? '' : `line ${line}: `;
};

export function applyWaivers(results: TargetResult[], policy: Policy, today = todayUtc()): { results: TargetResult[]; warnings: string[] } {
  const applier = waiverApplier(policy, today);
  const out = results.map(applier.apply);
  return { results: out, warnings: applier.warnings() };
}

/**
 * Waivers applied target by target (a batch is never held whole): `apply` each
 * result as it is read, then `warnings` (expired waivers, and waivers that
 * matched no failing check). Results applied after the first call of
 * `warnings` (the report read again by its format) are waived alike, but
 * counted no more.
 */
export function waiverApplier(policy: Policy, today = todayUtc()): { apply: (result: TargetResult) => TargetResult; warnings: () => string[] } {
  const active = policy.waivers.map((waiver, index) => ({
    waiver,
    label: `waiver ${index + 1} (${lineOf(policy, index)}${waiver.rule} on "${waiver.target ?? '**'}") in ${policy.file}`,
    matcher: compileGlob(waiver.target ?? '**'), // checked when the policy was loaded
    // No target: every target, wherever it lies (and a warning says so).
    reachesOut: waiver.target === undefined || leavesFolder(waiver.target),
    expired: waiver.expires !== undefined && waiver.expires < today,
    targets: 0,
    used: 0,
  }));
  const live = active.filter((w) => !w.expired);
  // A waiver for a rule this run does not check (another profile's, or turned off) is not idle: it is kept for runs that check it.
  const checked = new Set<string>();
  let counting = true;
  let warnings: string[] | undefined;

  const apply = (result: TargetResult): TargetResult => {
    if (counting) for (const check of result.checks) checked.add(check.rule);
    if (live.length === 0) return result;
    const name = nameForPolicy(result, policy);
    const outside = Boolean(result.file) && leavesFolder(name);
    const matching = live.filter((w) => (!outside || w.reachesOut) && w.matcher.test(name));
    if (counting) matching.forEach((w) => w.targets++);
    if (matching.length === 0) return result;
    const checks = result.checks.map((check) => {
      if (check.status !== 'fail') return check;
      const w = matching.find((m) => m.waiver.rule === check.rule);
      if (!w) return check;
      if (counting) w.used++;
      return { ...check, status: 'waived' as const, waiver: { reason: w.waiver.reason, expires: w.waiver.expires ?? null } };
    });
    return { ...result, checks };
  };

  return {
    apply,
    warnings() {
      counting = false;
      if (warnings) return warnings;
      warnings = [];
      for (const w of active) if (w.expired) warnings.push(`${w.label} expired on ${w.waiver.expires}: the checks it covered count again`);
      for (const w of active) {
        if (!w.expired && w.targets > 0 && w.used === 0 && checked.has(w.waiver.rule)) {
          warnings.push(`${w.label} matched no failing check: remove it if it is no longer needed`);
        }
      }
      return warnings;
    },
  };
}
