// Score, verdict and exit code, as the contract defines them.
import { describe, expect, it } from 'vitest';
import type { CheckResult, TargetResult } from '../src/engine/run-checks';
import { scoreOf, verdictOf } from '../src/engine/score';
import { buildReport, type FailOn, type Report } from '../src/report/report';

const check = (severity: 'error' | 'warning', status: CheckResult['status']): CheckResult => ({
  rule: `r-${severity}-${status}`,
  severity,
  status,
  messageId: 'm',
  message: 'm',
  pointer: '',
});
const target = (...checks: CheckResult[]): TargetResult => ({ target: 't', source: 'file', platform: 'zoom', checks, error: null });

describe('score', () => {
  it('weighs errors 3 and warnings 1', () => {
    // pass: 3 + 1 = 4; all: 3 + 3 + 1 + 1 = 8 (a failing error, an unknown warning)
    expect(scoreOf(target(check('error', 'pass'), check('error', 'fail'), check('warning', 'pass'), check('warning', 'unknown')))).toBe(50);
    // 3 / (3 + 1) = 75
    expect(scoreOf(target(check('error', 'pass'), check('warning', 'fail')))).toBe(75);
    // 1 / (1 + 3 + 3) = 14.28… → 14
    expect(scoreOf(target(check('warning', 'pass'), check('error', 'unknown'), check('error', 'fail')))).toBe(14);
  });

  it('leaves waived checks out of both parts, and is null when nothing counts', () => {
    expect(scoreOf(target(check('error', 'pass'), check('error', 'waived')))).toBe(100);
    expect(scoreOf(target(check('error', 'waived')))).toBeNull();
    expect(scoreOf({ ...target(), error: { message: 'bad' } })).toBeNull();
  });

  it('gives a verdict that never calls an unknown a pass', () => {
    expect(verdictOf(target(check('error', 'pass'), check('warning', 'unknown')))).toBe('incomplete');
    expect(verdictOf(target(check('error', 'unknown'), check('warning', 'fail')))).toBe('fail');
    expect(verdictOf(target(check('error', 'pass'), check('error', 'waived')))).toBe('pass');
    // Nothing shown to be safe is no pass (security review M4: a policy that turns every rule off, or waives every check).
    expect(verdictOf(target())).toBe('incomplete');
    expect(verdictOf(target(check('error', 'waived'), check('warning', 'waived')))).toBe('incomplete');
  });
});

describe('exit code', () => {
  // The exit code a run with the report's targets and problems ends with under another gate: the summary's, from buildReport's one pass.
  const exitCodeOf = (report: Report, failOn: FailOn) => buildReport(report.targets, report.profile, [], { problems: report.problems, failOn }).summary.exitCode;
  const warningFails = buildReport([target(check('error', 'pass'), check('warning', 'fail'))], 'proper-use');
  const errorFails = buildReport([target(check('error', 'fail'))], 'proper-use');
  const waivedOnly = buildReport([target(check('error', 'waived'))], 'proper-use');
  const errored = buildReport([target(check('error', 'pass')), { ...target(), error: { message: 'x' } }], 'proper-use');

  it('follows --fail-on', () => {
    expect(exitCodeOf(warningFails, 'error')).toBe(0);
    expect(exitCodeOf(warningFails, 'warning')).toBe(1);
    expect(exitCodeOf(errorFails, 'error')).toBe(1);
    expect(exitCodeOf(errorFails, 'never')).toBe(0);
    expect(exitCodeOf(waivedOnly, 'warning')).toBe(0);
  });

  it('is 2 when a target errored or the run had an error-level problem, whatever else failed; notices do not count', () => {
    expect(exitCodeOf(errored, 'never')).toBe(2);
    const missing = { message: 'no such file or folder', path: 'nope.yaml', level: 'error' as const };
    const passedOver = { message: 'not a meeting file', path: 'notes.txt', level: 'notice' as const };
    expect(exitCodeOf(buildReport([target(check('error', 'fail'))], 'proper-use', [], { problems: [missing] }), 'error')).toBe(2);
    expect(exitCodeOf(buildReport([target(check('error', 'pass'))], 'proper-use', [], { problems: [missing] }), 'never')).toBe(2);
    expect(exitCodeOf(buildReport([target(check('error', 'pass'))], 'proper-use', [], { problems: [passedOver] }), 'error')).toBe(0);
    expect(exitCodeOf(buildReport([target(check('error', 'fail'))], 'proper-use', [], { problems: [passedOver] }), 'error')).toBe(1);
  });

  it('--fail-on unknown: exit 1 for any failing check of any severity, or any unknown one', () => {
    const unknownOnly = buildReport([target(check('error', 'pass'), check('warning', 'unknown'))], 'proper-use');
    expect(exitCodeOf(unknownOnly, 'unknown')).toBe(1);
    expect(exitCodeOf(unknownOnly, 'warning')).toBe(0);
    expect(exitCodeOf(unknownOnly, 'error')).toBe(0);
    expect(exitCodeOf(unknownOnly, 'never')).toBe(0);
    expect(exitCodeOf(warningFails, 'unknown')).toBe(1);
    expect(exitCodeOf(errorFails, 'unknown')).toBe(1);
    // A target whose only check is waived had nothing shown safe: incomplete, so --fail-on unknown stops it.
    expect(exitCodeOf(waivedOnly, 'unknown')).toBe(1);
    expect(exitCodeOf(waivedOnly, 'warning')).toBe(0);
    expect(exitCodeOf(buildReport([target(check('error', 'pass'))], 'proper-use'), 'unknown')).toBe(0);
  });
});

describe('json format', () => {
  it('writes exactly what JSON.stringify(report, null, 2) writes, in pieces', async () => {
    const { default: formatJson } = await import('../src/report/format-json');
    for (const results of [[], [target(check('error', 'pass'))], [target(check('error', 'fail')), { ...target(), error: { message: 'x\ny', line: 2, column: 1 } }]]) {
      const report = buildReport(results, 'proper-use', ['a warning']);
      const text = [...formatJson({ report } as never)].join('');
      expect(text).toBe(JSON.stringify(report, null, 2) + '\n');
    }
  });
});

describe('pretty format', () => {
  it('handles a batch of 20,000 targets (180,000 checks)', async () => {
    const { default: formatPretty } = await import('../src/report/format-pretty');
    const one = target(check('error', 'pass'), check('warning', 'fail'), ...Array.from({ length: 7 }, () => check('error', 'pass')));
    const report = buildReport(Array.from({ length: 20_000 }, (_, i) => ({ ...one, target: `t${i}.yaml` })), 'proper-use');
    const text = [...(await formatPretty({ report, rules: new Map(), colour: false, width: 10_000 } as never))].join('');
    expect(text).toContain('t19999.yaml · score 96/100 · FAIL');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^20000 targets \(profile proper-use\): 20000 failed/);
  });
});
