// What a policy file takes away from a run, said out loud: a policy can come from a
// pull request or a parent folder, and a run it has emptied must not look clean.
import type { Policy } from './load-policy';

/** Warnings for the rules of the profile the policy turns off, and for waivers that name no target. */
export function policyWarnings(policy: Policy, profileRules: readonly string[]): string[] {
  const warnings: string[] = [];
  const off = profileRules.filter((id) => policy.rules.get(id)?.severity === 'off');
  if (off.length > 0) {
    const count = off.length === 1 ? '1 rule' : `${off.length} rules`;
    warnings.push(`${policy.file} turns off ${count} of the profile: ${off.join(', ')}; those checks are not made`);
  }
  policy.waivers.forEach((waiver, index) => {
    if (waiver.target === undefined) {
      const line = policy.waiverLines?.[index];
      const at = line === undefined ? '' : `line ${line}: `;
      warnings.push(`waiver ${index + 1} (${at}${waiver.rule}) in ${policy.file} names no target: it waives ${waiver.rule} for every target`);
    }
  });
  return warnings;
}
