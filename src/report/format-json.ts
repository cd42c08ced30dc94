import type { FormatInput } from './formats';

export default function formatJson({ report }: FormatInput): string {
  return JSON.stringify(report, null, 2) + '\n';
}
