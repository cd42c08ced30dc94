// Score and verdict of one target, as the contract defines them.
import type { TargetResult } from './run-checks';
import type { Severity } from './define-rule';

const WEIGHT: Record<Severity, number> = { error: 3, warning: 1 };

/** round(100 × W(pass) / W(pass + fail + unknown)); waived checks count in neither part; null when nothing counts. */
export function scoreOf(result: TargetResult): number | null {
  if (result.error) return null;
  let passed = 0;
  let total = 0;
  for (const check of result.checks) {
    if (check.status === 'waived') continue;
    const weight = WEIGHT[check.severity];
    total += weight;
    if (check.status === 'pass') passed += weight;
  }
  return total === 0 ? null : Math.round((100 * passed) / total);
}

export type Verdict = 'pass' | 'fail' | 'incomplete' | 'error';

/**
 * fail: a check failed; incomplete: none failed but some could not be decided, or
 * no check passed at all (every rule turned off or waived: nothing was shown to be
 * safe); pass: every check passed or was waived, and at least one passed.
 */
export function verdictOf(result: TargetResult): Verdict {
  if (result.error) return 'error';
  if (result.checks.some((c) => c.status === 'fail')) return 'fail';
  if (result.checks.some((c) => c.status === 'unknown')) return 'incomplete';
  return result.checks.some((c) => c.status === 'pass') ? 'pass' : 'incomplete';
}
