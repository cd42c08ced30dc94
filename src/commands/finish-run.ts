// What every checking command does once its targets are loaded: run the rules,
// build the report, write it in the asked format, and set the exit code.
import path from 'node:path';
import { DEFAULT_PROFILE } from '../../rules/profiles';
import { enableRules, profileRules, rulesById } from '../engine/enable-rules';
import { Checker, type EnabledRule, type LoadedTarget, type TargetResult } from '../engine/run-checks';
import type { Meeting } from '../model/meeting-schema';
import type { RunProblem } from '../load/run-problem';
import { findPolicyFile } from '../policy/find-policy';
import type { Policy } from '../policy/load-policy';
import { useColour } from '../report/colour';
import { loadFormatter, type FormatName } from '../report/formats';
import { outputWidth } from '../report/wrap';
import { buildReportView, describePolicy, problemText, type FailOn } from '../report/report';
import { placeOf } from '../util/place';
import { openReportFile, stdoutIsTerminal, writeChunks } from '../util/stdout';
import { warn } from '../util/warn';

export { warn };

/** File names that suggest a machine format, for the hint when a pretty report is written to one. */
const FORMAT_OF_EXTENSION: Record<string, FormatName> = { '.json': 'json', '.sarif': 'sarif', '.xml': 'junit' };

export interface CheckOptions {
  format: FormatName;
  /** A file to write the report to; `-` (or none) is standard output. */
  output?: string;
  /** From --profile; else the policy file's; else proper-use. */
  profile?: string;
  /** From -c/--config; else the nearest .mediate-check.yaml. */
  config?: string;
  failOn: FailOn;
  color?: boolean;
  /** The pretty report: only failures and the summary. */
  quiet?: boolean;
}

/** What a run checks with, settled before any target is read or fetched. */
export interface RunSetup {
  profile: string;
  enabled: EnabledRule[];
  policy?: Policy;
  /** What the policy takes away from the run (rules turned off, waivers for every target). */
  warnings: string[];
}

export async function prepareRun(options: CheckOptions): Promise<RunSetup> {
  const file = options.config ?? findPolicyFile(process.cwd());
  // The policy machinery (its schema, waivers) is loaded only when there is a policy.
  const policy = file ? (await import('../policy/load-policy')).loadPolicy(file, options.config !== undefined) : undefined;
  const profile = options.profile ?? policy?.profile ?? DEFAULT_PROFILE;
  const enabled = enableRules(profile, policy);
  if (!policy) return { profile, enabled, warnings: [] };
  const { policyWarnings } = await import('../policy/policy-warnings');
  return { profile, enabled, policy, warnings: policyWarnings(policy, profileRules(profile).map((rule) => rule.id)) };
}

/** A run problem on standard error: notices marked as such. */
export function warnProblem(problem: RunProblem): void {
  warn(`${problem.level === 'notice' ? 'note: ' : ''}${problemText(problem)}`);
}

/**
 * Checks the targets and writes the report. `problems` are the run's own
 * (paths that matched nothing, files passed over): they go into every format,
 * and an error-level one makes the exit code 2.
 *
 * Targets are taken one at a time (a folder's files are read only when the run
 * comes to them) and checked at once; only their results are kept, in a
 * compact store, with the few bytes per target that rules comparing targets
 * need. Meetings are kept only for the briefing, which shows them.
 */
export async function finishRun(
  targets: Iterable<LoadedTarget> | AsyncIterable<LoadedTarget>,
  setup: RunSetup,
  options: CheckOptions,
  problems: RunProblem[],
  /** The run's own warnings (e.g. Zoom settings it could not read), reported before the policy's. */
  runWarnings: readonly string[] = [],
  /** false: only the exit code (and -o, when given); `fix --dry-run` keeps standard output for its diff. */
  toStdout = true,
): Promise<number> {
  // Opened first: a refused -o (a symlink) stops the run before any work, and nothing is written through it.
  const output = options.output !== undefined && options.output !== '-' ? options.output : undefined;
  const fd = output !== undefined ? openReportFile(output) : undefined;

  const checker = new Checker(setup.enabled);
  const meetings = options.format === 'briefing' ? ([] as (Meeting | undefined)[]) : undefined;
  for await (const target of targets) {
    meetings?.push(target.meeting);
    checker.check(target);
  }

  const requireLocked = setup.policy?.requireLocked ? (await import('../policy/require-locked')).requireLockedOf : undefined;
  let policy = null;
  let waivers: ReturnType<typeof import('../policy/apply-waivers').waiverApplier> | undefined;
  if (setup.policy) {
    const { waiverApplier, todayUtc } = await import('../policy/apply-waivers');
    waivers = waiverApplier(setup.policy);
    policy = describePolicy(setup.policy, todayUtc());
  }
  // The final results, decoded from the store again each time the report is read; the policy applied target by target.
  const withFiles = waivers !== undefined;
  const results: Iterable<TargetResult> = {
    *[Symbol.iterator]() {
      for (let result of checker.results(withFiles)) {
        if (requireLocked) result = requireLocked(result);
        if (waivers) result = waivers.apply(result);
        yield result;
      }
    },
  };
  const report = buildReportView(results, setup.profile, [], { problems, policy, failOn: options.failOn });
  const warnings = [...runWarnings, ...setup.warnings, ...(waivers?.warnings() ?? [])];
  report.warnings = warnings;
  const exitCode = report.summary.exitCode;
  const formatter = await loadFormatter(options.format);
  for (const warning of warnings) warn(warning);

  // Run problems and target errors are in the report; unless a person reads it on this terminal, repeat them on stderr for logs.
  if (options.format !== 'pretty' || fd !== undefined) {
    for (const problem of problems) warnProblem(problem);
    // Another pass over the targets only when one could not be read.
    for (const target of report.summary.errored > 0 ? report.targets : []) {
      if (!target.error) continue;
      warn(`${placeOf(target.target, target.error)}: ${target.error.message}`);
    }
  }

  const text = await formatter({
    report,
    rules: rulesById,
    enabled: setup.enabled.map(({ rule, severity }) => ({ id: rule.id, severity })),
    failOn: options.failOn,
    exitCode,
    env: process.env,
    meetings,
    output,
    quiet: options.quiet === true,
    // Only the pretty report wraps; process.stdout (a few ms to create) is touched only for a terminal.
    width: options.format === 'pretty' ? outputWidth(process.env, () => (fd === undefined && stdoutIsTerminal() ? process.stdout.columns : undefined)) : undefined,
    colour: options.format === 'pretty' && fd === undefined && useColour({ flag: options.color, env: process.env, isTerminal: stdoutIsTerminal }),
  });
  if (fd !== undefined || toStdout) await writeChunks(fd ?? 1, typeof text === 'string' ? [text] : text, output);
  // With -o nothing else reaches the terminal: one line on standard error says where the report went and how the run ended.
  if (output !== undefined) {
    const s = report.summary;
    const targets = `${s.targets} target${s.targets === 1 ? '' : 's'}`;
    // The format is -f's, never the file name's: a pretty report in r.sarif says how to get SARIF.
    const meant = options.format === 'pretty' ? FORMAT_OF_EXTENSION[path.extname(output).toLowerCase()] : undefined;
    const hint = meant ? ` (the format is -f's, not the file name's: add -f ${meant})` : '';
    warn(`wrote the ${options.format} report to ${output}${hint}: ${targets}, ${s.failed} failed, ${s.errored} errored, ${s.incomplete} incomplete, ${s.passed} passed; exit code ${exitCode}`);
  }
  return exitCode;
}
