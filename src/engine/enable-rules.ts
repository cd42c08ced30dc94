// The rules a run checks: the profile's rules with their default severity and options.
import { allRules } from '../../rules/index';
import { profiles } from '../../rules/profiles';
import { UsageError } from '../cli-error';
import { nearest } from '../util/nearest';
import type { Rule } from './define-rule';
import type { EnabledRule } from './run-checks';
import type { Policy } from '../policy/load-policy';

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.id, rule]));

export function profileRules(profile: string): Rule[] {
  const entry = profiles[profile];
  if (!entry) {
    const guess = nearest(profile, Object.keys(profiles));
    throw new UsageError(
      `unknown profile "${profile}"${guess ? `; did you mean "${guess}"?` : ''} (profiles: ${Object.keys(profiles).join(', ')})`,
    );
  }
  return entry.rules.map((id) => rulesById.get(id)!);
}

/** The profile's rules, then any rule the policy turns on by severity, each with the policy's severity and options. */
export function enableRules(profile: string, policy?: Policy): EnabledRule[] {
  const rules = profileRules(profile);
  for (const [id, setting] of policy?.rules ?? []) {
    const rule = rulesById.get(id)!;
    if (!rules.includes(rule) && setting.severity !== undefined && setting.severity !== 'off') rules.push(rule);
  }
  return rules.flatMap((rule) => {
    const setting = policy?.rules.get(rule.id);
    const severity = setting?.severity ?? rule.severity;
    if (severity === 'off') return [];
    return [{ rule, severity, options: { ...rule.options?.defaults, ...setting?.options } }];
  });
}
