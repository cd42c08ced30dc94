// The report every format is made from; `--format json` prints it as it is.
import type { CheckResult, TargetResult, TargetSource } from '../engine/run-checks';
import type { Platform } from '../model/platform';
import { scoreOf, verdictOf, type Verdict } from '../engine/score';
import type { TargetError } from '../load/parse-yaml';
import type { Severity } from '../engine/define-rule';
import type { RunProblem } from '../load/run-problem';
import type { Policy } from '../policy/load-policy';
import { TOOL_VERSION } from '../version';

export interface ReportTarget {
  target: string;
  source: TargetSource;
  /** The meeting's platform (a Zoom, Teams or Webex document or API meeting). */
  platform: Platform;
  score: number | null;
  verdict: Verdict;
  error: TargetError | null;
  checks: CheckResult[];
}

/** The policy file a run used, and what it changed: lists, so a reader sees each change, not only a count. */
export interface ReportPolicy {
  /** As given with -c, or relative to the working directory when found. */
  path: string;
  /** The profile the file names (the command line's --profile may still win); null when it names none. */
  profile: string | null;
  /** Every `rules:` entry: the severity it sets (null: options only; "off" turns the rule off) and the options it sets. */
  rulesChanged: { rule: string; severity: 'off' | 'warning' | 'error' | null; options: Record<string, unknown> }[];
  /** Every waiver, as written; `expired` ones no longer apply. */
  waivers: { rule: string; target: string | null; reason: string; expires: string | null; expired: boolean }[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'mediate-check'; version: string };
  profile: string;
  /** The policy file in use, or null when there is none. */
  policy: ReportPolicy | null;
  /** Problems of the run rather than of one target (a path that matched nothing, a folder that could not be read). */
  problems: RunProblem[];
  targets: ReportTarget[];
  /** Policy notices: expired waivers, waivers that matched no failing check. Also printed on standard error. */
  warnings: string[];
  summary: {
    targets: number;
    /** Targets with at least one failing check. */
    failed: number;
    errored: number;
    /** Targets with no failing check but some unknown ones. */
    incomplete: number;
    /** Targets whose every check passed (or was waived). */
    passed: number;
    checks: { pass: number; fail: number; unknown: number; waived: number };
    /** The gate the run used (--fail-on), and the exit code it ends with. */
    failOn: FailOn;
    exitCode: 0 | 1 | 2;
  };
}

export function describePolicy(policy: Policy, today: string): ReportPolicy {
  return {
    path: policy.file,
    profile: policy.profile ?? null,
    rulesChanged: [...policy.rules].map(([rule, setting]) => ({ rule, severity: setting.severity ?? null, options: setting.options })),
    waivers: policy.waivers.map((w) => ({
      rule: w.rule,
      target: w.target ?? null,
      reason: w.reason,
      expires: w.expires ?? null,
      expired: w.expires !== undefined && w.expires < today,
    })),
  };
}

export interface ReportExtras {
  problems?: RunProblem[];
  policy?: ReportPolicy | null;
  /** The exit-code gate (default error); the summary records it and the exit code it gives. */
  failOn?: FailOn;
}

/** The report with its targets as one array (small runs, tests). */
export function buildReport(results: readonly TargetResult[], profile: string, warnings: string[] = [], extras: ReportExtras = {}): Report {
  const report = buildReportView(results, profile, warnings, extras);
  return { ...report, targets: [...report.targets] };
}

/**
 * A report whose targets are made again each time they are iterated (a batch's
 * are never held as one array): formats only iterate them, as often as they need.
 */
export type ReportView = Omit<Report, 'targets'> & { targets: Iterable<ReportTarget> };

/** One result as the report shows it: with its score and verdict. */
function reportTargetOf(result: TargetResult): ReportTarget {
  return {
    target: result.target,
    source: result.source,
    platform: result.platform,
    score: scoreOf(result),
    verdict: verdictOf(result),
    error: result.error,
    checks: result.checks,
  };
}

/**
 * The report of results that can be read more than once: one pass now for the
 * summary and the exit code, and the targets made again from the results each
 * time a format reads them.
 */
export function buildReportView(results: Iterable<TargetResult>, profile: string, warnings: string[] = [], extras: ReportExtras = {}): ReportView {
  const checks = { pass: 0, fail: 0, unknown: 0, waived: 0 };
  let count = 0;
  let failed = 0;
  let errored = 0;
  let incomplete = 0;
  let passed = 0;
  const failOn = extras.failOn ?? 'error';
  const problems = extras.problems ?? [];
  let gate = false;
  for (const result of results) {
    count++;
    for (const check of result.checks) {
      checks[check.status]++;
      if (!gate && failsGate(check, failOn)) gate = true;
    }
    const verdict = verdictOf(result);
    if (verdict === 'fail') failed++;
    if (verdict === 'error') errored++;
    if (verdict === 'incomplete') incomplete++;
    if (verdict === 'pass') passed++;
  }
  const exitCode = exitCodeFrom({ errored, incomplete, gate }, problems, failOn);
  return {
    schemaVersion: 1,
    tool: { name: 'mediate-check', version: TOOL_VERSION },
    profile,
    policy: extras.policy ?? null,
    problems,
    targets: { [Symbol.iterator]: () => reportTargets(results) },
    warnings,
    summary: { targets: count, failed, errored, incomplete, passed, checks, failOn, exitCode },
  };
}

function* reportTargets(results: Iterable<TargetResult>): Generator<ReportTarget> {
  for (const result of results) yield reportTargetOf(result);
}

/** The --fail-on levels: a failing check's severity, or `unknown`, the strictest gate (any failing check, of any severity, or any unknown one), or `never`. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'unknown', 'never'] as const satisfies readonly (Severity | 'unknown' | 'never')[];
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Whether a check makes the exit code 1 under the gate (order: error > warning > unknown). */
export function failsGate(check: Pick<CheckResult, 'status' | 'severity'>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (check.status === 'fail') return failOn !== 'error' || check.severity === 'error';
  return check.status === 'unknown' && failOn === 'unknown';
}

/**
 * 2 when a target could not be read or the run has an error-level problem (notices
 * do not count), else 1 when a check fails the gate (`gate`: one does), else 0.
 */
function exitCodeFrom(run: { errored: number; incomplete: number; gate: boolean }, problems: readonly RunProblem[], failOn: FailOn): 0 | 1 | 2 {
  if (run.errored > 0 || problems.some((p) => p.level === 'error')) return 2;
  // Under --fail-on unknown, a target nothing was decided for (every rule off or waived) is not let through either.
  return run.gate || (failOn === 'unknown' && run.incomplete > 0) ? 1 : 0;
}

/** A run problem as one line of text: its path, then what happened (the message does not repeat the path). */
export const problemText = (problem: RunProblem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message);

/**
 * What a policy file does, in one phrase for summaries: its path, the rules it
 * turns off, the severities it changes and its waivers, e.g.
 * "policy .mediate-check.yaml: 2 rules off, 1 severity changed, 3 waivers (1 expired)".
 */
export function policySummary(policy: ReportPolicy, waivedChecks?: number): string {
  const off = policy.rulesChanged.filter((r) => r.severity === 'off').length;
  const changed = policy.rulesChanged.filter((r) => r.severity !== null && r.severity !== 'off').length;
  const expired = policy.waivers.filter((w) => w.expired).length;
  const parts = [`${off} rule${off === 1 ? '' : 's'} off`];
  if (changed) parts.push(`${changed} severit${changed === 1 ? 'y' : 'ies'} changed`);
  const waivers = `${policy.waivers.length} waiver${policy.waivers.length === 1 ? '' : 's'}`;
  const waivedPart = waivedChecks === undefined ? '' : `, ${waivedChecks} check${waivedChecks === 1 ? '' : 's'} waived`;
  parts.push(waivers + (expired ? ` (${expired} expired)` : '') + waivedPart);
  return `policy ${policy.path}: ${parts.join(', ')}`;
}
