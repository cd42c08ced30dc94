// The report as JSON, exactly as JSON.stringify(report, null, 2) would write it
// (with C1, bidi controls and `##[` as \u escapes), but produced target by
// target: a batch of thousands is never held as one string.
import type { FormatInput } from './formats';
import { streamJson, streamMark } from './json-stream';

const TARGETS = streamMark('targets');

export default function formatJson({ report }: FormatInput): Iterable<string> {
  return streamJson({ ...report, targets: TARGETS }, new Map([[TARGETS, report.targets]]));
}
