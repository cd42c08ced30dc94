// The rules a run checks: the profile's rules with their default severity and options.
import { allRules } from '../../rules/index';
import { profiles } from '../../rules/profiles';
import { UsageError } from '../cli-error';
import { nearest } from '../util/nearest';
import type { Rule } from './define-rule';
import type { EnabledRule } from './run-checks';

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

export function enableRules(profile: string): EnabledRule[] {
  return profileRules(profile).map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options?.defaults } }));
}
