// Where a check or an error points, as the CI formats want it.
import type { CheckResult } from '../engine/run-checks';
import type { ReportTarget } from './report';

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A file target's path as given (relative to the working directory); undefined for API objects. */
export function filePath(target: ReportTarget): string | undefined {
  return target.source === 'file' ? target.target : undefined;
}

export function regionOf(check: Pick<CheckResult, 'line' | 'column' | 'endLine' | 'endColumn'>): Region | undefined {
  if (check.line === undefined) return undefined;
  const startColumn = check.column ?? 1;
  return { startLine: check.line, startColumn, endLine: check.endLine ?? check.line, endColumn: check.endColumn ?? startColumn + 1 };
}
