// The report for a person at a terminal: per target its verdict and score, each
// failure with where it is and how to fix it, each unknown with what to add.
import type { ChalkInstance } from 'chalk';
import type { CheckResult } from '../engine/run-checks';
import { placeOf } from '../util/place';
import type { FormatInput } from './formats';

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

export default async function formatPretty({ report, rules, colour }: FormatInput): Promise<string> {
  const c: ChalkInstance = colour ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
  const verdictColour = { pass: c.green, fail: c.red, incomplete: c.yellow, error: c.red } as const;
  const lines: string[] = [];
  // A loop, not Math.max(...spread): a batch of thousands of targets would overflow the call's arguments.
  let width = 0;
  for (const target of report.targets) for (const check of target.checks) width = Math.max(width, check.rule.length);
  // "  ✖ warning  rule-id…  message": continuation lines start under the message.
  const indent = ' '.repeat(2 + 2 + 8 + 1 + width + 2);
  const label = (paint: ChalkInstance, text: string) => paint(text.padEnd(8));
  const row = (symbol: string, tag: string, check: CheckResult) => `  ${symbol} ${tag} ${check.rule.padEnd(width)}  ${check.message}`;

  for (const target of report.targets) {
    const score = target.score === null ? '' : ` · score ${target.score}/100`;
    lines.push(`${c.bold(target.target)}${c.dim(score)} · ${verdictColour[target.verdict].bold(VERDICT_LABEL[target.verdict])}`);
    if (target.error) {
      const problems = target.error.problems ?? [target.error];
      for (const problem of problems) {
        lines.push(`  ${c.red('✖')} ${c.dim(placeOf(target.target, problem))}  ${problem.message}`);
      }
      lines.push('');
      continue;
    }
    const failing = target.checks.filter((k) => k.status === 'fail');
    // Errors before warnings, each group in profile order.
    failing.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const check of failing) {
      const isError = check.severity === 'error';
      lines.push(row(isError ? c.red('✖') : c.yellow('▲'), isError ? label(c.red, 'error') : label(c.yellow, 'warning'), check));
      lines.push(`${indent}${c.dim('at ' + placeOf(target.target, check, check.pointer))}`);
      const fix = rules.get(check.rule)?.fix;
      if (fix) lines.push(`${indent}${c.cyan('fix:')} ${fix}`);
      const note = lockNote(check);
      if (note) lines.push(`${indent}${c.dim(note)}`);
    }
    for (const check of target.checks.filter((k) => k.status === 'unknown')) {
      lines.push(row(c.blue('?'), label(c.blue, 'unknown'), check));
      lines.push(`${indent}${c.dim('at ' + placeOf(target.target, check, check.pointer))}`);
    }
    for (const check of target.checks.filter((k) => k.status === 'waived')) {
      const until = check.waiver?.expires ? ` until ${check.waiver.expires}` : '';
      lines.push(row(c.dim('○'), label(c.dim, 'waived'), check));
      lines.push(`${indent}${c.dim(`waived${until}: ${check.waiver?.reason ?? ''}`)}`);
    }
    const passed = target.checks.filter((k) => k.status === 'pass').map((k) => k.rule);
    if (passed.length > 0) lines.push(`  ${c.green('✔')} ${label(c.green, 'passed')} ${passed.join(', ')}`);
    for (const check of target.checks) {
      const note = check.status === 'pass' ? lockNote(check) : undefined;
      if (note) lines.push(`${indent}${c.dim(`${check.rule}: ${note}`)}`);
    }
    lines.push('');
  }

  const s = report.summary;
  const incomplete = report.targets.filter((t) => t.verdict === 'incomplete').length;
  const passedTargets = report.targets.filter((t) => t.verdict === 'pass').length;
  const parts = [
    s.failed ? c.red(`${s.failed} failed`) : `${s.failed} failed`,
    s.errored ? c.red(`${s.errored} errored`) : `${s.errored} errored`,
    incomplete ? c.yellow(`${incomplete} incomplete`) : `${incomplete} incomplete`,
    `${passedTargets} passed`,
  ];
  const checks = [`${s.checks.pass} pass`, `${s.checks.fail} fail`, `${s.checks.unknown} unknown`];
  if (s.checks.waived) checks.push(`${s.checks.waived} waived`);
  lines.push(`${c.bold(plural(s.targets, 'target'))} (profile ${report.profile}): ${parts.join(', ')} · checks: ${checks.join(', ')}`);
  return lines.join('\n') + '\n';
}
