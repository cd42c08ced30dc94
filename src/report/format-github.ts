// GitHub Actions workflow commands: ::error/::warning per failing check (by
// severity), ::notice per unknown, with file and line; one ::error (or ::notice)
// per problem of the run; a ::notice naming the policy file in use. Plus a
// Markdown summary appended to $GITHUB_STEP_SUMMARY when it is set.
// Written line by line; every piece of input text is escaped for where it lands.
import { openSync } from 'node:fs';
import { forMarkdownCell, forWorkflowData, forWorkflowProperty } from '../util/escape';
import { writeChunks } from '../util/stdout';
import { warn } from '../util/warn';
import type { FormatInput } from './formats';
import { filePath, regionOf } from './location';
import { policySummary, problemText, type ReportView } from './report';

/** The escaping of @actions/core: data loses %, CR and LF; properties also : and ,. Other controls are shown visibly. */
export const escapeData = forWorkflowData;
export const escapeProperty = forWorkflowProperty;

function command(kind: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${props ? ' ' + props : ''}::${escapeData(message)}\n`;
}

const cell = forMarkdownCell;

function* markdownSummary(report: ReportView): Generator<string> {
  const s = report.summary;
  yield `## mediate-check (profile ${report.profile})\n\n`; // a known profile's name
  yield `${s.targets} target${s.targets === 1 ? '' : 's'}: ${s.failed} failed, ${s.errored} errored · checks: ${s.checks.pass} pass, ${s.checks.fail} fail, ${s.checks.unknown} unknown, ${s.checks.waived} waived\n\n`;
  if (report.policy) yield `${cell(policySummary(report.policy, s.checks.waived))}\n\n`;
  for (const problem of report.problems) yield `- ${problem.level}: ${cell(problemText(problem))}\n`;
  if (report.problems.length > 0) yield '\n';
  yield '| target | verdict | score | failing checks |\n| --- | --- | --- | --- |\n';
  for (const t of report.targets) {
    const failing = t.error ? cell(t.error.message) : t.checks.filter((c) => c.status === 'fail').map((c) => `\`${c.rule}\``).join(', ') || '—';
    yield `| ${cell(t.target)} | ${t.verdict} | ${t.score ?? '—'} | ${failing} |\n`;
  }
}

function* annotations({ report, rules }: FormatInput): Generator<string> {
  if (report.policy) yield command('notice', { title: 'mediate-check policy' }, policySummary(report.policy, report.summary.checks.waived));
  for (const problem of report.problems) {
    yield command(problem.level === 'error' ? 'error' : 'notice', { title: 'mediate-check: run problem' }, problemText(problem));
  }
  for (const target of report.targets) {
    const file = filePath(target);
    if (target.error) {
      yield command('error', { file, line: target.error.line, col: target.error.column, title: 'mediate-check: unreadable target' }, `${target.target}: ${target.error.message}`);
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
        yield command(check.severity, properties, `${where}${check.message} Fix: ${rules.get(check.rule)?.fix ?? ''}`);
      } else {
        yield command('notice', properties, `${where}${check.message}`);
      }
    }
  }
}

/** Appends the step summary, streamed like the report itself. */
async function appendSummary(file: string, report: ReportView): Promise<void> {
  let fd: number;
  try {
    fd = openSync(file, 'a');
  } catch {
    return warn('could not append the summary to $GITHUB_STEP_SUMMARY');
  }
  try {
    await writeChunks(fd, markdownSummary(report), '$GITHUB_STEP_SUMMARY'); // closes fd
  } catch {
    warn('could not append the summary to $GITHUB_STEP_SUMMARY');
  }
}

export default async function formatGithub(input: FormatInput): Promise<Iterable<string>> {
  if (input.env.GITHUB_STEP_SUMMARY) await appendSummary(input.env.GITHUB_STEP_SUMMARY, input.report);
  return annotations(input);
}
