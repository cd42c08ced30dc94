// The report every format is made from; `--format json` prints it as it is.
import type { CheckResult, TargetResult, TargetSource } from '../engine/run-checks';
import { scoreOf, verdictOf, type Verdict } from '../engine/score';
import type { TargetError } from '../load/parse-yaml';
import type { Severity } from '../engine/define-rule';
import { TOOL_VERSION } from '../version';


export interface ReportTarget {
  target: string;
  source: TargetSource;
  score: number | null;
  verdict: Verdict;
  error: TargetError | null;
  checks: CheckResult[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'mediate-check'; version: string };
  profile: string;
  targets: ReportTarget[];
  /** Policy notices: expired waivers, waivers that matched no failing check. Also printed on standard error. */
  warnings: string[];
  summary: {
    targets: number;
    /** Targets with at least one failing check. */
    failed: number;
    errored: number;
    checks: { pass: number; fail: number; unknown: number; waived: number };
  };
}

export function buildReport(results: readonly TargetResult[], profile: string, warnings: string[] = []): Report {
  const checks = { pass: 0, fail: 0, unknown: 0, waived: 0 };
  let failed = 0;
  let errored = 0;
  const targets = results.map((result): ReportTarget => {
    for (const check of result.checks) checks[check.status]++;
    const verdict = verdictOf(result);
    if (verdict === 'fail') failed++;
    if (verdict === 'error') errored++;
    return {
      target: result.target,
      source: result.source,
      score: scoreOf(result),
      verdict,
      error: result.error,
      checks: result.checks,
    };
  });
  return {
    schemaVersion: 1,
    tool: { name: 'mediate-check', version: TOOL_VERSION },
    profile,
    targets,
    warnings,
    summary: { targets: targets.length, failed, errored, checks },
  };
}

export type FailOn = Severity | 'never';

/** 2 when anything could not be read (or the run had a usage error), else 1 when a check failed at or above the gate, else 0. */
export function exitCodeOf(report: Report, failOn: FailOn, usageError = false): 0 | 1 | 2 {
  if (usageError || report.summary.errored > 0) return 2;
  if (failOn === 'never') return 0;
  const gate = (severity: Severity) => failOn === 'warning' || severity === 'error';
  const failing = report.targets.some((t) => t.checks.some((c) => c.status === 'fail' && gate(c.severity)));
  return failing ? 1 : 0;
}
