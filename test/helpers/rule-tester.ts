// Table-driven rule tests: each case is a meeting file in YAML, checked with only
// the rule under test enabled, through the real parser, locator and engine.
import { describe, expect, it } from 'vitest';
import { platformsOf, type CheckStatus, type Fix, type Rule } from '../../src/engine/define-rule';
import type { Evidence } from '../../src/engine/evidence';
import { runChecks, type LoadedTarget } from '../../src/engine/run-checks';
import { parseAnyMeeting } from '../../src/load/parse-meeting';
import type { Platform } from '../../src/model/platform';

export interface RuleCase {
  name: string;
  yaml: string;
  status: CheckStatus;
  messageId: string;
  pointer: string;
  /** Expected 1-based position of the pointer (or of its nearest ancestor in the file). */
  line: number;
  column: number;
  /** Substring the message must contain. */
  message?: string;
  options?: Record<string, unknown>;
  /** Other targets of the same run, for rules that compare targets. */
  others?: string[];
  /** The check's evidence, exactly (`[]`: none); not compared when absent. */
  evidence?: Evidence[];
  /** The failing outcome's fix, exactly (`null`: none); not compared when absent. */
  fix?: Fix | null;
}

function load(name: string, yaml: string): LoadedTarget {
  const parsed = parseAnyMeeting(yaml);
  if (!parsed.ok) throw new Error(`case ${name} does not parse: ${parsed.error.message}`);
  const { platform, meeting } = parsed.value;
  return { name, source: 'file', [platform === 'zoom' ? 'meeting' : platform]: meeting, locate: parsed.locate };
}

/** A case's platform, from its document as the engine detects it. */
function platformOfCase(yaml: string): Platform {
  const parsed = parseAnyMeeting(yaml);
  return parsed.ok ? parsed.value.platform : 'zoom';
}

/**
 * `cannot`: statuses a platform's decision never gives (say why beside it), so
 * that every decision is held to table cases for pass, fail and unknown.
 */
export function testRule(rule: Rule, cases: readonly RuleCase[], cannot: Partial<Record<Platform, readonly CheckStatus[]>> = {}): void {
  const names = new Set<string>();
  describe(rule.id, () => {
    it('has pass, fail and unknown cases for each platform it decides on', () => {
      for (const platform of platformsOf(rule)) {
        const statuses = new Set(cases.filter((c) => platformOfCase(c.yaml) === platform).map((c) => c.status));
        const expected = (['pass', 'fail', 'unknown'] as const).filter((s) => !(cannot[platform] ?? []).includes(s));
        expect([...statuses].sort(), `${rule.id} on ${platform}`).toEqual(expect.arrayContaining(expected));
      }
      // A platform the rule has no decision for has no cases (it is left out there, not unknown).
      for (const c of cases) expect(platformsOf(rule), c.name).toContain(platformOfCase(c.yaml));
    });
    for (const testCase of cases) {
      if (names.has(testCase.name)) throw new Error(`duplicate case name: ${testCase.name}`);
      names.add(testCase.name);
      it(`${testCase.status}: ${testCase.name}`, () => {
        const targets = [load('case.yaml', testCase.yaml), ...(testCase.others ?? []).map((y, i) => load(`other-${i + 1}.yaml`, y))];
        const options = { ...rule.options?.defaults, ...testCase.options };
        let fix: Fix | null = null;
        const [result] = runChecks(targets, [{ rule, severity: rule.severity, options }], (target, _rule, found) => {
          if (target === 0) fix = found;
        });
        expect(result!.checks).toHaveLength(1);
        const check = result!.checks[0]!;
        expect({ status: check.status, messageId: check.messageId, pointer: check.pointer, line: check.line, column: check.column }).toEqual({
          status: testCase.status,
          messageId: testCase.messageId,
          pointer: testCase.pointer,
          line: testCase.line,
          column: testCase.column,
        });
        expect(check.message).not.toMatch(/\{\w+\}/); // every placeholder filled
        if (testCase.message) expect(check.message).toContain(testCase.message);
        if (testCase.evidence) expect(check.evidence ?? []).toEqual(testCase.evidence);
        if (testCase.fix !== undefined) expect(fix).toEqual(testCase.fix);
      });
    }
  });
}
