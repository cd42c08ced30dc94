// JUnit XML: a testsuite per target and a testcase per enabled rule; a failing
// check has a <failure>, an unknown or waived one is <skipped>, and every rule of
// a target that could not be read has an <error>.
import { placeOf } from '../util/place';
import type { FormatInput } from './formats';

/** XML-escaped text, without the control characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
    .join('');

export default function formatJunit({ report, rules, enabled }: FormatInput): string {
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = report.targets.map((target) => {
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const file = target.source === 'file' ? target.target : undefined;
    const cases = enabled.map(({ id }) => {
      counts.tests++;
      const check = target.checks.find((c) => c.rule === id);
      const head = `    <testcase${attrs({ classname: target.target, name: id, file, line: check?.line, time: 0 })}`;
      if (target.error) {
        counts.errors++;
        const text = `${placeOf(target.target, target.error)}: ${target.error.message}`;
        return `${head}>\n      <error${attrs({ message: target.error.message, type: 'unreadable' })}>${xml(text)}</error>\n    </testcase>`;
      }
      if (!check) return `${head}/>`;
      const at = placeOf(target.target, check, check.pointer);
      if (check.status === 'fail') {
        counts.failures++;
        const body = `${check.message}\nat ${at}\nfix: ${rules.get(id)?.fix ?? ''}`;
        return `${head}>\n      <failure${attrs({ message: check.message, type: check.severity })}>${xml(body)}</failure>\n    </testcase>`;
      }
      if (check.status === 'unknown' || check.status === 'waived') {
        counts.skipped++;
        const message =
          check.status === 'unknown'
            ? `unknown: ${check.message}`
            : `waived: ${check.waiver?.reason ?? ''}${check.waiver?.expires ? ` (until ${check.waiver.expires})` : ''}`;
        return `${head}>\n      <skipped${attrs({ message })}/>\n    </testcase>`;
      }
      return `${head}/>`;
    });
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
    return `  <testsuite${attrs({ name: target.target, tests: counts.tests, failures: counts.failures, errors: counts.errors, skipped: counts.skipped, time: 0, file })}>\n${cases.join('\n')}\n  </testsuite>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: `mediate-check (${report.profile})`, ...totals, time: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
