// The report formats. Each lives in its own module, loaded only when asked for.
import type { Rule } from '../engine/define-rule';
import type { FailOn, Report } from './report';

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatInput {
  report: Report;
  /** Metadata of every rule of the profile, by id (help texts, fixes). */
  rules: ReadonlyMap<string, Rule>;
  colour: boolean;
  failOn: FailOn;
}

export type Formatter = (input: FormatInput) => string;

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'pretty':
      return (await import('./format-pretty')).default;
    case 'json':
      return (await import('./format-json')).default;
    default:
      throw new Error(`format ${name} is not available yet`);
  }
}
