// What every checking command does once its targets are loaded: run the rules,
// build the report, write it in the asked format, and set the exit code.
import { closeSync, openSync } from 'node:fs';
import { DEFAULT_PROFILE } from '../../rules/profiles';
import { enableRules, rulesById } from '../engine/enable-rules';
import { runChecks, type EnabledRule, type LoadedTarget } from '../engine/run-checks';
import { findPolicyFile } from '../policy/find-policy';
import type { Policy } from '../policy/load-policy';
import { useColour } from '../report/colour';
import { loadFormatter, type FormatName } from '../report/formats';
import { buildReport, exitCodeOf, type FailOn } from '../report/report';
import { UsageError } from '../cli-error';
import { placeOf } from '../util/place';
import { stdoutIsTerminal, writeAllSync, writeStdout } from '../util/stdout';

export interface CheckOptions {
  format: FormatName;
  output?: string;
  /** From --profile; else the policy file's; else proper-use. */
  profile?: string;
  /** From -c/--config; else the nearest .mediate-check.yaml. */
  config?: string;
  failOn: FailOn;
  color?: boolean;
}

/** What a run checks with, settled before any target is read or fetched. */
export interface RunSetup {
  profile: string;
  enabled: EnabledRule[];
  policy?: Policy;
}

export async function prepareRun(options: CheckOptions): Promise<RunSetup> {
  const file = options.config ?? findPolicyFile(process.cwd());
  // The policy machinery (its schema, waivers) is loaded only when there is a policy.
  const policy = file ? (await import('../policy/load-policy')).loadPolicy(file, options.config !== undefined) : undefined;
  const profile = options.profile ?? policy?.profile ?? DEFAULT_PROFILE;
  return { profile, enabled: enableRules(profile, policy), policy };
}

/** Prints a diagnostic on standard error, where it never mixes with the report. */
export function warn(message: string): void {
  process.stderr.write(`mediate-check: ${message}\n`);
}

export async function finishRun(loaded: LoadedTarget[], setup: RunSetup, options: CheckOptions, usageError: boolean): Promise<number> {
  let results = runChecks(loaded, setup.enabled);
  let warnings: string[] = [];
  if (setup.policy) ({ results, warnings } = (await import('../policy/apply-waivers')).applyWaivers(results, setup.policy));
  const report = buildReport(results, setup.profile, warnings);
  const formatter = await loadFormatter(options.format);
  for (const warning of warnings) warn(warning);

  // Target errors are in the report; unless a person reads it on this terminal, repeat them on stderr for logs.
  if (options.format !== 'pretty' || options.output) {
    for (const target of report.targets) {
      if (!target.error) continue;
      warn(`${placeOf(target.target, target.error)}: ${target.error.message}`);
    }
  }

  const text = await formatter({
    report,
    rules: rulesById,
    enabled: setup.enabled.map(({ rule, severity }) => ({ id: rule.id, severity })),
    failOn: options.failOn,
    env: process.env,
    meetings: loaded.map((target) => target.meeting),
    output: options.output,
    colour: options.format === 'pretty' && !options.output && useColour({ flag: options.color, env: process.env, isTerminal: stdoutIsTerminal }),
  });
  if (options.output) {
    try {
      const fd = openSync(options.output, 'w');
      try {
        writeAllSync(fd, text);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new UsageError(`cannot write the report to ${options.output} (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
    }
  } else {
    writeStdout(text);
  }
  return exitCodeOf(report, options.failOn, usageError);
}
