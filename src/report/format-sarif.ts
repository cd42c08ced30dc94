// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the profile's rules in
// tool.driver.rules, a result per failing (error/warning) and unknown (note)
// check; waived checks are left out; unreadable targets become notifications.
import { createHash } from 'node:crypto';
import { TOOL_VERSION } from '../version';
import type { FormatInput } from './formats';
import { filePath, regionOf } from './location';
import { exitCodeOf, type ReportTarget } from './report';

const SECURITY_SEVERITY = { error: '7.5', warning: '4.0' } as const;

/**
 * A target as a SARIF artifact URI: a file's relative path, percent-encoded per
 * segment; an API object's own name (zoom:meeting/…); standard input as stdin:.
 */
function artifactUri(target: ReportTarget): string {
  const file = filePath(target);
  if (file !== undefined) return file.split('/').map(encodeURIComponent).join('/');
  return target.source === 'stdin' ? 'stdin:' : encodeURI(target.target);
}

function physicalLocation(uri: string, region: ReturnType<typeof regionOf>) {
  return { physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } };
}

export default function formatSarif({ report, rules, enabled, failOn }: FormatInput): string {
  const ruleIndex = new Map(enabled.map((r, i) => [r.id, i]));
  const driverRules = enabled.map(({ id, severity }) => {
    const rule = rules.get(id)!;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.rationale },
      help: {
        text: `${rule.fix}\n\nWhy: ${rule.rationale}`,
        markdown: `**How to fix:** ${rule.fix}\n\n**Why:** ${rule.rationale}\n\nSources:\n${rule.sources.map((s) => `- ${s.url ? `[${s.title}](${s.url})` : s.title}`).join('\n')}`,
      },
      defaultConfiguration: { level: severity },
      properties: { tags: ['security', 'mediation', 'zoom'], precision: 'very-high', 'security-severity': SECURITY_SEVERITY[severity] },
    };
  });

  const results = [];
  const notifications = [];
  for (const target of report.targets) {
    const uri = artifactUri(target);
    if (target.error) {
      notifications.push({
        level: 'error',
        message: { text: `${target.target}: ${target.error.message}` },
        locations: [physicalLocation(uri, regionOf(target.error))],
      });
      continue;
    }
    for (const check of target.checks) {
      if (check.status !== 'fail' && check.status !== 'unknown') continue; // passes and waivers are not findings
      const fix = check.status === 'fail' ? ` Fix: ${rules.get(check.rule)?.fix ?? ''}` : '';
      results.push({
        ruleId: check.rule,
        ruleIndex: ruleIndex.get(check.rule),
        level: check.status === 'fail' ? check.severity : 'note',
        kind: check.status === 'fail' ? 'fail' : 'review',
        message: { text: check.message + fix },
        locations: [physicalLocation(uri, regionOf(check))],
        partialFingerprints: {
          'mediateCheck/v1': createHash('sha256').update(`${target.target}\0${check.rule}\0${check.pointer}`).digest('hex'),
        },
        properties: { pointer: check.pointer, status: check.status },
      });
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mediate-check',
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://www.npmjs.com/package/mediate-check',
            rules: driverRules,
          },
        },
        invocations: [
          {
            executionSuccessful: report.summary.errored === 0,
            exitCode: exitCodeOf(report, failOn),
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        properties: { profile: report.profile },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
