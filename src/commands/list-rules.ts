// `mediate-check rules`: every rule, its default severity, profiles and summary.
import { allRules } from '../../rules/index';
import { platformsOf } from '../engine/define-rule';
import { profiles } from '../../rules/profiles';

function profilesOf(id: string): string[] {
  return Object.entries(profiles)
    .filter(([, profile]) => profile.rules.includes(id))
    .map(([name]) => name);
}

export function listRules(format: 'table' | 'json'): string {
  const rows = allRules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    profiles: profilesOf(rule.id),
    platforms: platformsOf(rule),
    summary: rule.summary,
  }));
  if (format === 'json') return JSON.stringify({ rules: rows }, null, 2) + '\n';
  const idWidth = Math.max(4, ...rows.map((r) => r.id.length));
  const profileWidth = Math.max(8, ...rows.map((r) => r.profiles.join(',').length));
  const platformWidth = Math.max(9, ...rows.map((r) => r.platforms.join(',').length));
  const line = (a: string, b: string, c: string, p: string, d: string) => `${a.padEnd(idWidth)}  ${b.padEnd(8)}  ${c.padEnd(profileWidth)}  ${p.padEnd(platformWidth)}  ${d}`;
  return (
    [line('RULE', 'SEVERITY', 'PROFILES', 'PLATFORMS', 'SUMMARY'), ...rows.map((r) => line(r.id, r.severity, r.profiles.join(','), r.platforms.join(','), r.summary))].join('\n') + '\n'
  );
}
