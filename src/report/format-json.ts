// The report as JSON, exactly as JSON.stringify(report, null, 2) would write it, but
// produced target by target: a batch of thousands is never held as one string.
import type { FormatInput } from './formats';

/** Stands in for the targets in the frame; its JSON text is searched for, then replaced. */
const MARK = '\u0000targets\u0000';

export default function* formatJson({ report }: FormatInput): Iterable<string> {
  const frame = JSON.stringify({ ...report, targets: MARK }, null, 2);
  const placeholder = JSON.stringify(MARK);
  const at = frame.indexOf(placeholder);
  yield frame.slice(0, at);
  if (report.targets.length === 0) yield '[]';
  else {
    yield '[';
    for (const [index, target] of report.targets.entries()) {
      // Nested two levels deep: every line of the target moves right by four spaces.
      yield (index > 0 ? ',' : '') + '\n    ' + JSON.stringify(target, null, 2).replace(/\n/g, '\n    ');
    }
    yield '\n  ]';
  }
  yield frame.slice(at + placeholder.length) + '\n';
}
