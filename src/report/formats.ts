// The report formats. Each lives in its own module, loaded only when asked for.
import type { Rule, Severity } from '../engine/define-rule';
import type { Meeting } from '../model/meeting-schema';
import type { FailOn, ReportView } from './report';

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github', 'briefing'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatInput {
  /** Its targets may be read more than once, but only by iterating them (a batch's are never held as one array). */
  report: ReportView;
  /** Metadata of every rule, by id (help texts, fixes). */
  rules: ReadonlyMap<string, Rule>;
  /** The rules this run checked, in profile order, with the severity they ran at. */
  enabled: readonly { id: string; severity: Severity }[];
  colour: boolean;
  failOn: FailOn;
  /** The exit code the process will end with (SARIF records it). */
  exitCode: number;
  env: NodeJS.ProcessEnv;
  /** The checked meetings, by target index (undefined where a target could not be read); only for the briefing, the one format that holds them all. */
  meetings?: readonly (Meeting | undefined)[];
  /** Where the report goes (-o), if to a file: the briefing is HTML for .html/.htm. */
  output?: string;
  /** The pretty report: the columns to wrap at (default 80). */
  width?: number;
  /** The pretty report: only failures (and targets that could not be read), error-level run problems and the summary. */
  quiet?: boolean;
}

/** A report as text: whole, or in pieces (so a large report is never one huge string). */
export type ReportText = string | Iterable<string>;
export type Formatter = (input: FormatInput) => ReportText | Promise<ReportText>;

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'pretty':
      return (await import('./format-pretty')).default;
    case 'json':
      return (await import('./format-json')).default;
    case 'sarif':
      return (await import('./format-sarif')).default;
    case 'junit':
      return (await import('./format-junit')).default;
    case 'github':
      return (await import('./format-github')).default;
    case 'briefing':
      return (await import('./format-briefing')).default;
  }
}
