// What a policy file takes away from a run, said out loud: a policy can come from a
// pull request or a parent folder, and a run it has emptied must not look clean.
import type { Policy } from './load-policy';

/**
 * A glob every name under the policy's folder matches: `**` segments only, the last of which may be `*`
 * (`**`, `**` + `/*`). Found simply, by its segments: a glob that matches everything in a roundabout way is not.
 */
export function isCatchAll(glob: string): boolean {
  const segments = glob.split('/');
  return segments.includes('**') && segments.every((segment, i) => segment === '**' || (segment === '*' && i === segments.length - 1));
}

/** Warnings for the rules of the profile the policy turns off, and for waivers that name no target or every one. */
export function policyWarnings(policy: Policy, profileRules: readonly string[]): string[] {
  const warnings: string[] = [];
  const off = profileRules.filter((id) => policy.rules.get(id)?.severity === 'off');
  if (off.length > 0) {
    const count = off.length === 1 ? '1 rule' : `${off.length} rules`;
    warnings.push(`${policy.file} turns off ${count} of the profile: ${off.join(', ')}; those checks are not made`);
  }
  policy.waivers.forEach((waiver, index) => {
    const line = policy.waiverLines?.[index];
    const at = line === undefined ? '' : `line ${line}: `;
    if (waiver.target === undefined) {
      warnings.push(`waiver ${index + 1} (${at}${waiver.rule}) in ${policy.file} names no target: it waives ${waiver.rule} for every target`);
    } else if (isCatchAll(waiver.target)) {
      // As broad as no target, but for the files outside the policy's folder, which only a glob starting with ../ names.
      warnings.push(
        `waiver ${index + 1} (${at}${waiver.rule} on "${waiver.target}") in ${policy.file} matches every name: it waives ${waiver.rule} for every target but files outside the policy file's folder`,
      );
    }
  });
  return warnings;
}
