// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the profile's rules in
// tool.driver.rules, a result per failing (error/warning) and unknown (note)
// check; waived checks are left out; unreadable targets and the run's problems
// become notifications. Written result by result (see json-stream.ts).
//
// An unknown check is a result of kind "fail" at level "note": SARIF 2.1.0
// §3.27.10 allows a level other than "none" only with kind "fail", and GitHub
// code scanning shows results by level and reads no `kind`, so "review" (which
// needs level "none") would not show as a note. properties.status says "unknown".
import { hash } from 'node:crypto';
import { forUriSegment } from '../util/escape';
import { TOOL_VERSION } from '../version';
import type { FormatInput } from './formats';
import { streamJson, streamMark } from './json-stream';
import { filePath, regionOf } from './location';
import { policySummary, problemText, type ReportTarget } from './report';

const SECURITY_SEVERITY = { error: '7.5', warning: '4.0' } as const;

/** A path (relative or absolute) as a URI reference: each segment percent-encoded. */
const pathUri = (file: string) => file.split('/').map(forUriSegment).join('/');

/**
 * A target as a SARIF artifact URI: a file's relative path; an API object's own
 * name (zoom:meeting/…, its id encoded); standard input as stdin:.
 */
function artifactUri(target: ReportTarget): string {
  const file = filePath(target);
  if (file !== undefined) return pathUri(file);
  if (target.source === 'stdin') return 'stdin:';
  const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/s.exec(target.target);
  return scheme ? `${scheme[1]}:${pathUri(scheme[2]!)}` : pathUri(target.target);
}

function physicalLocation(uri: string, region: ReturnType<typeof regionOf>) {
  return { physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } };
}

const RESULTS = streamMark('results');
const NOTIFICATIONS = streamMark('notifications');

export default function formatSarif({ report, rules, enabled, exitCode }: FormatInput): Iterable<string> {
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

  function* results() {
    for (const target of report.targets) {
      if (target.error) continue;
      const uri = artifactUri(target);
      for (const check of target.checks) {
        if (check.status !== 'fail' && check.status !== 'unknown') continue; // passes and waivers are not findings
        const fix = check.status === 'fail' ? ` Fix: ${rules.get(check.rule)?.fix ?? ''}` : '';
        yield {
          ruleId: check.rule,
          ruleIndex: ruleIndex.get(check.rule),
          level: check.status === 'fail' ? check.severity : 'note',
          kind: 'fail',
          message: { text: check.message + fix },
          locations: [physicalLocation(uri, regionOf(check))],
          partialFingerprints: {
            // One call, no Hash object per result: less garbage in a batch.
            'mediateCheck/v1': hash('sha256', `${target.target}\0${check.rule}\0${check.pointer}`, 'hex'),
          },
          properties: { pointer: check.pointer, status: check.status },
        };
      }
    }
  }

  function* notifications() {
    for (const problem of report.problems) {
      yield {
        level: problem.level === 'error' ? 'error' : 'note',
        message: { text: problemText(problem) },
        ...(problem.path ? { locations: [physicalLocation(pathUri(problem.path), undefined)] } : {}),
      };
    }
    // A batch's targets are decoded again on each pass over them: this one only when one could not be read.
    for (const target of report.summary.errored > 0 ? report.targets : []) {
      if (!target.error) continue;
      yield {
        level: 'error',
        message: { text: `${target.target}: ${target.error.message}` },
        locations: [physicalLocation(artifactUri(target), regionOf(target.error))],
      };
    }
  }

  const policy = report.policy;
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
            executionSuccessful: report.summary.errored === 0 && !report.problems.some((p) => p.level === 'error'),
            exitCode,
            toolExecutionNotifications: NOTIFICATIONS,
            // The policy file in use, and what it turns off or waives.
            toolConfigurationNotifications: policy ? [{ level: 'note', message: { text: policySummary(policy, report.summary.checks.waived) } }] : [],
          },
        ],
        columnKind: 'utf16CodeUnits',
        properties: { profile: report.profile, policy },
        results: RESULTS,
      },
    ],
  };
  return streamJson(
    log,
    new Map<string, Iterable<unknown>>([
      [NOTIFICATIONS, notifications()],
      [RESULTS, results()],
    ]),
  );
}
