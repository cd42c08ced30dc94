// Table-driven rule tests: each case is a meeting file in YAML, checked with only
// the rule under test enabled, through the real parser, locator and engine.
import { describe, expect, it } from 'vitest';
import type { CheckStatus, Fix, Rule } from '../../src/engine/define-rule';
import type { Evidence } from '../../src/engine/evidence';
import { runChecks, type LoadedTarget } from '../../src/engine/run-checks';
import { parseMeeting } from '../../src/load/parse-meeting';

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
  const parsed = parseMeeting(yaml);
  if (!parsed.ok) throw new Error(`case ${name} does not parse: ${parsed.error.message}`);
  return { name, source: 'file', meeting: parsed.value, locate: parsed.locate };
}

export function testRule(rule: Rule, cases: readonly RuleCase[]): void {
  const names = new Set<string>();
  describe(rule.id, () => {
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
