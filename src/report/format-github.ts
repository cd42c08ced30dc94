// GitHub Actions workflow commands: ::error/::warning per failing check (by
// severity), ::notice per unknown, with file and line; plus a Markdown summary
// appended to $GITHUB_STEP_SUMMARY when it is set.
import { appendFileSync } from 'node:fs';
import type { FormatInput } from './formats';
import { filePath, regionOf } from './location';
import type { Report } from './report';

/** The escaping of @actions/core: data loses %, CR and LF; properties also : and ,. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(kind: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${props ? ' ' + props : ''}::${escapeData(message)}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownSummary(report: Report): string {
  const s = report.summary;
  const lines = [
    `## mediate-check (profile ${report.profile})`,
    '',
    `${s.targets} targets: ${s.failed} failed, ${s.errored} errored · checks: ${s.checks.pass} pass, ${s.checks.fail} fail, ${s.checks.unknown} unknown, ${s.checks.waived} waived`,
    '',
    '| target | verdict | score | failing checks |',
    '| --- | --- | --- | --- |',
  ];
  for (const t of report.targets) {
    const failing = t.error ? cell(t.error.message) : t.checks.filter((c) => c.status === 'fail').map((c) => `\`${c.rule}\``).join(', ') || '—';
    lines.push(`| ${cell(t.target)} | ${t.verdict} | ${t.score ?? '—'} | ${failing} |`);
  }
  return lines.join('\n') + '\n';
}

export default function formatGithub({ report, rules, env }: FormatInput): string {
  const out: string[] = [];
  for (const target of report.targets) {
    const file = filePath(target);
    if (target.error) {
      out.push(command('error', { file, line: target.error.line, col: target.error.column, title: 'mediate-check: unreadable target' }, `${target.target}: ${target.error.message}`));
      continue;
    }
    for (const check of target.checks) {
      if (check.status !== 'fail' && check.status !== 'unknown') continue;
      const region = regionOf(check);
      const properties = {
        file,
        line: region?.startLine,
        endLine: region?.endLine,
        col: region?.startColumn,
        endColumn: region?.endColumn,
        title: `mediate-check ${check.rule}`,
      };
      const where = file ? '' : `${target.target} ${check.pointer}: `;
      if (check.status === 'fail') {
        out.push(command(check.severity, properties, `${where}${check.message} Fix: ${rules.get(check.rule)?.fix ?? ''}`));
      } else {
        out.push(command('notice', properties, `${where}${check.message}`));
      }
    }
  }
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, markdownSummary(report));
    } catch {
      process.stderr.write(`mediate-check: could not append the summary to $GITHUB_STEP_SUMMARY\n`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
