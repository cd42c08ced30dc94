// The report for a person at a terminal: per target its verdict and score, each
// failure with where it is and how to fix it, each unknown with what to add;
// then the run's own problems and a summary line that names the policy file.
// Every piece of input text goes through forTerminal (controls shown visibly)
// before colour is added. Written target by target.
import type { ChalkInstance } from 'chalk';
import type { CheckResult } from '../engine/run-checks';
import { forTerminal as t } from '../util/escape';
import { placeOf } from '../util/place';
import type { FormatInput } from './formats';
import { policySummary, problemText, type ReportTarget } from './report';

/** For a check decided from a host or account setting: whether the host can change it (undefined when not known or not so decided). */
function lockNote(check: CheckResult): string | undefined {
  const host = (check.evidence ?? []).filter((e) => e.level === 'user' || e.level === 'group' || e.level === 'account');
  if (host.some((e) => e.locked === false)) return 'the host can change this';
  if (host.length > 0 && host.every((e) => e.locked === true)) return 'locked for the host';
  return undefined;
}

const VERDICT_LABEL = { pass: 'PASS', fail: 'FAIL', incomplete: 'INCOMPLETE', error: 'ERROR' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Chalk's shape without chalk: every style is the identity (chalk is loaded only to colour). */
const PLAIN: ChalkInstance = new Proxy((text: string) => text, { get: () => PLAIN }) as unknown as ChalkInstance;

export default async function formatPretty(input: FormatInput): Promise<Iterable<string>> {
  const c: ChalkInstance = input.colour ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
  return lines(input, c);
}

function* lines({ report, rules }: FormatInput, c: ChalkInstance): Generator<string> {
  const verdictColour = { pass: c.green, fail: c.red, incomplete: c.yellow, error: c.red } as const;
  // A loop, not Math.max(...spread): a batch of thousands of targets would overflow the call's arguments.
  let width = 0;
  for (const target of report.targets) for (const check of target.checks) width = Math.max(width, check.rule.length);
  // "  ✖ warning  rule-id…  message": continuation lines start under the message.
  const indent = ' '.repeat(2 + 2 + 8 + 1 + width + 2);
  const label = (paint: ChalkInstance, text: string) => paint(text.padEnd(8));
  const row = (symbol: string, tag: string, check: CheckResult) => `  ${symbol} ${tag} ${check.rule.padEnd(width)}  ${t(check.message)}\n`;
  const at = (target: ReportTarget, check: CheckResult) => `${indent}${c.dim('at ' + t(placeOf(target.target, check, check.pointer)))}\n`;

  for (const target of report.targets) {
    const out: string[] = [];
    const score = target.score === null ? '' : ` · score ${target.score}/100`;
    out.push(`${c.bold(t(target.target))}${c.dim(score)} · ${verdictColour[target.verdict].bold(VERDICT_LABEL[target.verdict])}\n`);
    if (target.error) {
      const problems = target.error.problems ?? [target.error];
      for (const problem of problems) {
        out.push(`  ${c.red('✖')} ${c.dim(t(placeOf(target.target, problem)))}  ${t(problem.message)}\n`);
      }
      out.push('\n');
      yield out.join('');
      continue;
    }
    const failing = target.checks.filter((k) => k.status === 'fail');
    // Errors before warnings, each group in profile order.
    failing.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const check of failing) {
      const isError = check.severity === 'error';
      out.push(row(isError ? c.red('✖') : c.yellow('▲'), isError ? label(c.red, 'error') : label(c.yellow, 'warning'), check));
      out.push(at(target, check));
      const fix = rules.get(check.rule)?.fix;
      if (fix) out.push(`${indent}${c.cyan('fix:')} ${fix}\n`);
      const note = lockNote(check);
      if (note) out.push(`${indent}${c.dim(note)}\n`);
    }
    for (const check of target.checks.filter((k) => k.status === 'unknown')) {
      out.push(row(c.blue('?'), label(c.blue, 'unknown'), check));
      out.push(at(target, check));
    }
    for (const check of target.checks.filter((k) => k.status === 'waived')) {
      const until = check.waiver?.expires ? ` until ${t(check.waiver.expires)}` : '';
      out.push(row(c.dim('○'), label(c.dim, 'waived'), check));
      out.push(`${indent}${c.dim(`waived${until}: ${t(check.waiver?.reason ?? '')}`)}\n`);
    }
    const passed = target.checks.filter((k) => k.status === 'pass').map((k) => k.rule);
    if (passed.length > 0) out.push(`  ${c.green('✔')} ${label(c.green, 'passed')} ${passed.join(', ')}\n`);
    for (const check of target.checks) {
      const note = check.status === 'pass' ? lockNote(check) : undefined;
      if (note) out.push(`${indent}${c.dim(`${check.rule}: ${note}`)}\n`);
    }
    out.push('\n');
    yield out.join('');
  }

  if (report.problems.length > 0) {
    yield `${c.bold('Run problems')}\n`;
    for (const problem of report.problems) {
      const mark = problem.level === 'error' ? `${c.red('✖')} ${label(c.red, 'error')}` : `${c.dim('○')} ${label(c.dim, 'notice')}`;
      yield `  ${mark} ${t(problemText(problem))}\n`;
    }
    yield '\n';
  }

  const s = report.summary;
  let incomplete = 0;
  let passedTargets = 0;
  for (const target of report.targets) {
    if (target.verdict === 'incomplete') incomplete++;
    if (target.verdict === 'pass') passedTargets++;
  }
  const runErrors = report.problems.filter((p) => p.level === 'error').length;
  const parts = [
    s.failed ? c.red(`${s.failed} failed`) : `${s.failed} failed`,
    s.errored ? c.red(`${s.errored} errored`) : `${s.errored} errored`,
    incomplete ? c.yellow(`${incomplete} incomplete`) : `${incomplete} incomplete`,
    `${passedTargets} passed`,
  ];
  if (runErrors) parts.push(c.red(plural(runErrors, 'run problem')));
  const checks = [`${s.checks.pass} pass`, `${s.checks.fail} fail`, `${s.checks.unknown} unknown`];
  if (s.checks.waived) checks.push(`${s.checks.waived} waived`);
  const policy = report.policy ? `; ${t(policySummary(report.policy, s.checks.waived))}` : '';
  yield `${c.bold(plural(s.targets, 'target'))} (profile ${report.profile}${policy}): ${parts.join(', ')} · checks: ${checks.join(', ')}\n`;
}
