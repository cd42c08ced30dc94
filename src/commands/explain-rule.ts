// `mediate-check explain <rule>`: why a rule exists, how to fix it, its sources.
import { allRules } from '../../rules/index';
import { platformsOf } from '../engine/define-rule';
import { profiles } from '../../rules/profiles';
import { UsageError } from '../cli-error';
import { forTerminal } from '../util/escape';
import { nearest } from '../util/nearest';

/** Lays out one line: the default leaves it as it is; `explain` at a terminal wraps it (see report/wrap). */
type Hang = (prefix: string, text: string, indent: number) => string;
const AS_IS: Hang = (prefix, text) => `${prefix}${text}\n`;

export function explainRule(id: string, hang: Hang = AS_IS): string {
  const rule = allRules.find((r) => r.id === id);
  if (!rule) {
    const guess = nearest(id, allRules.map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (see \`mediate-check rules\`)`);
  }
  const inProfiles = Object.entries(profiles).filter(([, p]) => p.rules.includes(rule.id)).map(([name]) => name);
  const out = [
    `${rule.id} (${rule.severity}; profiles: ${inProfiles.join(', ') || 'none'})`,
    '',
    rule.summary,
    '',
    // A rule is left out of the checks of a platform it has no decision for.
    `Platforms: ${platformsOf(rule).join(', ')}`,
    '',
    'Why',
    `  ${rule.rationale}`,
    '',
    'How to fix a failure',
    `  ${rule.fix}`,
    '',
    'History',
    `  ${rule.history}`,
  ];
  if (rule.options) {
    out.push('', 'Options (in the policy file, under rules.' + rule.id + ')');
    for (const [key, text] of Object.entries(rule.options.describe)) {
      out.push(`  ${key}: ${text} (default ${JSON.stringify((rule.options.defaults as Record<string, unknown>)[key])})`);
    }
  }
  out.push('', 'Sources');
  for (const source of rule.sources) out.push(`  - ${source.title}${source.url ? ` <${source.url}>` : ''}`);
  // Each line escaped for the terminal (rule texts and option defaults hold no controls, and must not start to),
  // then wrapped with a hanging indent: a paragraph under its first word, a source under the text after "- ".
  return out
    .map((line) => {
      const [, prefix = '', text = ''] = /^((?:  - |  )?)(.*)$/s.exec(forTerminal(line)) ?? [];
      return text === '' ? '\n' : hang(prefix, text, prefix.length);
    })
    .join('');
}
