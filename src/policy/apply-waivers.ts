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

const lineOf = (policy: Policy, index: number) => {
  const line = policy.waiverLines?.[index];
  return line === undefined ? '' : `line ${line}: `;
};

export function applyWaivers(results: TargetResult[], policy: Policy, today = todayUtc()): { results: TargetResult[]; warnings: string[] } {
  const warnings: string[] = [];
  const active = policy.waivers.map((waiver, index) => ({
    waiver,
    label: `waiver ${index + 1} (${lineOf(policy, index)}${waiver.rule} on "${waiver.target ?? '**'}") in ${policy.file}`,
    matcher: compileGlob(waiver.target ?? '**'), // checked when the policy was loaded
    expired: waiver.expires !== undefined && waiver.expires < today,
    targets: 0,
    used: 0,
  }));
  for (const w of active) if (w.expired) warnings.push(`${w.label} expired on ${w.waiver.expires}: the checks it covered count again`);

  const out = results.map((result) => {
    const name = nameForPolicy(result, policy);
    const matching = active.filter((w) => !w.expired && w.matcher.test(name));
    matching.forEach((w) => w.targets++);
    if (matching.length === 0) return result;
    const checks = result.checks.map((check) => {
      if (check.status !== 'fail') return check;
      const w = matching.find((m) => m.waiver.rule === check.rule);
      if (!w) return check;
      w.used++;
      return { ...check, status: 'waived' as const, waiver: { reason: w.waiver.reason, expires: w.waiver.expires ?? null } };
    });
    return { ...result, checks };
  });
  // A waiver for a rule this run does not check (another profile's, or turned off) is not idle: it is kept for runs that check it.
  const checked = new Set<string>();
  for (const result of results) for (const check of result.checks) checked.add(check.rule);
  for (const w of active) {
    if (!w.expired && w.targets > 0 && w.used === 0 && checked.has(w.waiver.rule)) {
      warnings.push(`${w.label} matched no failing check: remove it if it is no longer needed`);
    }
  }
  return { results: out, warnings };
}
