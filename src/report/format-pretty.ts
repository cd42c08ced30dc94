// The report for a person at a terminal: per target its verdict and score, each
// failure with where it is and how to fix it, each unknown with what to add;
// then the run's own problems and a summary line that names the policy file.
// Every piece of input text goes through forTerminal (controls shown visibly)
// before colour is added, then word-wrapped to the width (report/wrap) with a
// hanging indent. --quiet keeps only failures, unreadable targets, error-level
// run problems and the summary. Written target by target.
import type { ChalkInstance } from 'chalk';
import type { CheckResult } from '../engine/run-checks';
import { forTerminal as t } from '../util/escape';
import { placeOf } from '../util/place';
import type { FormatInput } from './formats';
import { policySummary, problemText, type ReportTarget } from './report';
import { DEFAULT_WIDTH, hangAt, type Hang } from './wrap';

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

/** With less room than this beside the rule ids, a check's text starts on its own line, indented a little. */
const MIN_TEXT_COLUMNS = 30;
const NARROW_INDENT = 6;

export default async function formatPretty(input: FormatInput): Promise<Iterable<string>> {
  const c: ChalkInstance = input.colour ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
  const width = input.width ?? DEFAULT_WIDTH;
  return lines(input, c, width, hangAt(width));
}

function* lines({ report, rules, quiet = false }: FormatInput, c: ChalkInstance, width: number, hang: Hang): Generator<string> {
  const verdictColour = { pass: c.green, fail: c.red, incomplete: c.yellow, error: c.red } as const;
  // A loop, not Math.max(...spread): a batch of thousands of targets would overflow the call's arguments.
  let idWidth = 0;
  for (const target of report.targets) for (const check of target.checks) idWidth = Math.max(idWidth, check.rule.length);
  // "  ✖ warning  rule-id…  message": continuation lines start under the message,
  // unless that leaves too little room; then the message starts on the next line.
  const messageColumn = 2 + 2 + 8 + 1 + idWidth + 2;
  const narrow = width - messageColumn < MIN_TEXT_COLUMNS;
  const indent = narrow ? NARROW_INDENT : messageColumn;
  const pad = ' '.repeat(indent);
  const label = (paint: ChalkInstance, text: string) => paint(text.padEnd(8));
  const row = (symbol: string, tag: string, check: CheckResult) =>
    narrow
      ? `  ${symbol} ${tag} ${check.rule}\n${hang(pad, t(check.message), indent)}`
      : hang(`  ${symbol} ${tag} ${check.rule.padEnd(idWidth)}  `, t(check.message), indent);
  const at = (target: ReportTarget, check: CheckResult) => hang(pad, c.dim('at ' + t(placeOf(target.target, check, check.pointer))), indent);
  /** The "✔ passed"/"✖ error" lists and run problems: continuation under the text after the label. */
  const listIndent = 2 + 2 + 8 + 1;

  for (const target of report.targets) {
    const out: string[] = [];
    const score = target.score === null ? '' : ` · score ${target.score}/100`;
    const failing = target.checks.filter((k) => k.status === 'fail');
    if (quiet && !target.error && failing.length === 0) continue;
    out.push(hang('', `${c.bold(t(target.target))}${c.dim(score)} · ${verdictColour[target.verdict].bold(VERDICT_LABEL[target.verdict])}`, 2));
    if (target.error) {
      const problems = target.error.problems ?? [target.error];
      for (const problem of problems) {
        out.push(hang(`  ${c.red('✖')} `, `${c.dim(t(placeOf(target.target, problem)))}  ${t(problem.message)}`, 4));
      }
      out.push('\n');
      yield out.join('');
      continue;
    }
    // Errors before warnings, each group in profile order.
    failing.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const check of failing) {
      const isError = check.severity === 'error';
      out.push(row(isError ? c.red('✖') : c.yellow('▲'), isError ? label(c.red, 'error') : label(c.yellow, 'warning'), check));
      out.push(at(target, check));
      const fix = rules.get(check.rule)?.fix;
      if (fix) out.push(hang(`${pad}${c.cyan('fix:')} `, fix, indent + 5));
      const note = lockNote(check);
      if (note) out.push(hang(pad, c.dim(note), indent));
    }
    if (!quiet) {
      // Magenta, not blue: SGR 34 is hard to read on a dark background; magenta reads on dark and light ones.
      for (const check of target.checks.filter((k) => k.status === 'unknown')) {
        out.push(row(c.magenta('?'), label(c.magenta, 'unknown'), check));
        out.push(at(target, check));
      }
      for (const check of target.checks.filter((k) => k.status === 'waived')) {
        const until = check.waiver?.expires ? ` until ${t(check.waiver.expires)}` : '';
        out.push(row(c.dim('○'), label(c.dim, 'waived'), check));
        out.push(hang(pad, c.dim(`waived${until}: ${t(check.waiver?.reason ?? '')}`), indent));
      }
      const passed = target.checks.filter((k) => k.status === 'pass').map((k) => k.rule);
      if (passed.length > 0) out.push(hang(`  ${c.green('✔')} ${label(c.green, 'passed')} `, passed.join(', '), listIndent));
      for (const check of target.checks) {
        const note = check.status === 'pass' ? lockNote(check) : undefined;
        if (note) out.push(hang(pad, c.dim(`${check.rule}: ${note}`), indent));
      }
    }
    out.push('\n');
    yield out.join('');
  }

  const shownProblems = quiet ? report.problems.filter((p) => p.level === 'error') : report.problems;
  if (shownProblems.length > 0) {
    yield `${c.bold('Run problems')}\n`;
    for (const problem of shownProblems) {
      const mark = problem.level === 'error' ? `${c.red('✖')} ${label(c.red, 'error')}` : `${c.dim('○')} ${label(c.dim, 'notice')}`;
      yield hang(`  ${mark} `, t(problemText(problem)), listIndent);
    }
    yield '\n';
  }

  const s = report.summary;
  const { incomplete, passed: passedTargets } = s;
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
  // A FAIL above an exit code of 0 (a failing warning under --fail-on error) says why.
  const gate = s.failed > 0 && s.exitCode === 0 ? ` · exit 0 (--fail-on ${s.failOn})` : '';
  yield hang('', `${c.bold(plural(s.targets, 'target'))} (profile ${report.profile}${policy}): ${parts.join(', ')} · checks: ${checks.join(', ')}${gate}`, 2);
}
