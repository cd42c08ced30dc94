// JUnit XML: a testsuite per target and a testcase per enabled rule; a failing
// check has a <failure>, an unknown or waived one is <skipped>, so is a rule with
// no decision for the target's platform (it was not checked: never a pass), and
// every rule of a target that could not be read has an <error>. The run's own problems and the
// policy file in use make a first testsuite, "mediate-check run": a testcase per
// problem (an <error>, or <skipped> for a notice) and the policy as properties.
// Written suite by suite; the totals come first, so they are counted beforehand.
import { PLATFORM_NAMES } from '../model/platform';
import { forXml } from '../util/escape';
import { placeOf } from '../util/place';
import type { FormatInput } from './formats';
import { policySummary, problemText, type ReportTarget, type ReportView } from './report';

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${forXml(String(v))}"`)
    .join('');

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countTarget(target: ReportTarget, rules: number): Counts {
  if (target.error) return { tests: rules, failures: 0, errors: rules, skipped: 0 };
  let failures = 0;
  // A rule without a check (no decision for the platform) is skipped too: whatever is not a pass or a fail.
  let skipped = rules;
  for (const check of target.checks) {
    if (check.status === 'fail') failures++;
    if (check.status === 'fail' || check.status === 'pass') skipped--;
  }
  return { tests: rules, failures, errors: 0, skipped };
}

function runSuite(report: ReportView): { counts: Counts; text: string } | undefined {
  if (report.problems.length === 0 && !report.policy) return undefined;
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const lines: string[] = [];
  if (report.policy) {
    lines.push(
      '    <properties>',
      `      <property${attrs({ name: 'policy', value: report.policy.path })}/>`,
      `      <property${attrs({ name: 'policy-summary', value: policySummary(report.policy, report.summary.checks.waived) })}/>`,
      '    </properties>',
    );
  }
  for (const problem of report.problems) {
    counts.tests++;
    const head = `    <testcase${attrs({ classname: 'mediate-check run', name: problem.path || problem.message, file: problem.path || undefined, time: 0 })}>`;
    if (problem.level === 'error') {
      counts.errors++;
      lines.push(head, `      <error${attrs({ message: problem.message, type: 'run-problem' })}>${forXml(problemText(problem))}</error>`, '    </testcase>');
    } else {
      counts.skipped++;
      lines.push(head, `      <skipped${attrs({ message: `notice: ${problemText(problem)}` })}/>`, '    </testcase>');
    }
  }
  const head = `  <testsuite${attrs({ name: 'mediate-check run', ...counts, time: 0 })}>`;
  return { counts, text: [head, ...lines, '  </testsuite>'].join('\n') };
}

export default function* formatJunit({ report, rules, enabled }: FormatInput): Iterable<string> {
  const run = runSuite(report);
  // The totals come first: from the summary, which counts what countTarget counts target by target (no pass over the targets).
  const s = report.summary;
  const ruleCount = enabled.length;
  const totals: Counts = { ...(run?.counts ?? { tests: 0, failures: 0, errors: 0, skipped: 0 }) };
  totals.tests += s.targets * ruleCount;
  totals.failures += s.checks.fail;
  totals.errors += s.errored * ruleCount;
  // Unknown and waived checks, and the rules of readable targets that have no check (no decision for the platform).
  const checked = s.checks.pass + s.checks.fail + s.checks.unknown + s.checks.waived;
  totals.skipped += s.checks.unknown + s.checks.waived + ((s.targets - s.errored) * ruleCount - checked);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attrs({ name: `mediate-check (${report.profile})`, ...totals, time: 0 })}>\n`;
  if (run) yield run.text + '\n';

  for (const target of report.targets) {
    const counts = countTarget(target, enabled.length);
    const file = target.source === 'file' ? target.target : undefined;
    const cases = enabled.map(({ id }) => {
      const check = target.checks.find((c) => c.rule === id);
      const head = `    <testcase${attrs({ classname: target.target, name: id, file, line: check?.line, time: 0 })}`;
      if (target.error) {
        const text = `${placeOf(target.target, target.error)}: ${target.error.message}`;
        return `${head}>\n      <error${attrs({ message: target.error.message, type: 'unreadable' })}>${forXml(text)}</error>\n    </testcase>`;
      }
      if (!check) return `${head}>\n      <skipped${attrs({ message: `not checked: the rule has no decision for a ${PLATFORM_NAMES[target.platform]} meeting` })}/>\n    </testcase>`;
      const at = placeOf(target.target, check, check.pointer);
      if (check.status === 'fail') {
        const body = `${forXml(check.message)}\nat ${forXml(at)}\nfix: ${forXml(rules.get(id)?.fix ?? '')}`;
        return `${head}>\n      <failure${attrs({ message: check.message, type: check.severity })}>${body}</failure>\n    </testcase>`;
      }
      if (check.status === 'unknown' || check.status === 'waived') {
        const message =
          check.status === 'unknown'
            ? `unknown: ${check.message}`
            : `waived: ${check.waiver?.reason ?? ''}${check.waiver?.expires ? ` (until ${check.waiver.expires})` : ''}`;
        return `${head}>\n      <skipped${attrs({ message })}/>\n    </testcase>`;
      }
      return `${head}/>`;
    });
    yield `  <testsuite${attrs({ name: target.target, ...counts, time: 0, file })}>\n${cases.join('\n')}\n  </testsuite>\n`;
  }
  yield '</testsuites>\n';
}
