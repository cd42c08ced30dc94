// Finds, reads and validates the policy file. Every mistake is a configuration
// error naming the file, the line and the key (exit 2).
import path from 'node:path';
import * as z from 'zod/mini';
import { profiles } from '../../rules/profiles';
import { UsageError } from '../cli-error';
import { rulesById } from '../engine/enable-rules';
import { describeIssues } from '../load/describe-issue';
import { parseYaml, type LocatedProblem } from '../load/parse-yaml';
import { startOf } from '../load/positions';
import { readRegularFile } from '../load/read-target';
import { compileGlob, GlobError } from '../util/glob';
import { errnoText } from '../util/errno';
import { nearest } from '../util/nearest';
import { placeOf } from '../util/place';
import { POLICY_FILE } from './find-policy';
import { policySchema, SEVERITY_SETTINGS, type SeveritySetting, type Waiver } from './policy-schema';

export interface RuleSetting {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

export interface Policy {
  /** The file as given or found, and its folder (waiver targets are relative to it). */
  file: string;
  dir: string;
  profile?: string;
  rules: Map<string, RuleSetting>;
  waivers: Waiver[];
  /** require_locked: passes must rest on settings locked for the host. */
  requireLocked: boolean;
  /** The line of each waiver in the file (same order as `waivers`), for messages about it. */
  waiverLines?: (number | undefined)[];
}

/** A policy file is a few hundred bytes; 1 MiB, like the meeting files' default. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/**
 * "waivers[1].rule: …" becomes "waiver 2, rule: …": waivers are counted from 1, as
 * the warnings about them count them and as a person counts the entries in the file.
 */
const countedFromOne = (message: string) =>
  message.replace(/^waivers\[(\d+)\](\.|:)?/, (_all, n: string, next?: string) => `waiver ${Number(n) + 1}${next === '.' ? ', ' : next ?? ''}`);

function configError(file: string, problems: LocatedProblem[]): UsageError {
  const lines = problems.map((p) => `${placeOf(file, p)}: ${countedFromOne(p.message)}`);
  return new UsageError(`bad policy file: ${lines.join('\nmediate-check: ')}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownRule(id: string): string {
  const guess = nearest(id, [...rulesById.keys()]);
  return `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ' (see `mediate-check rules`)'}`;
}

/** Records a problem at a pointer of the policy file. */
type Report = (pointer: string, message: string) => void;

/** Severity and options of one `rules:` entry, checked against the rule's own option schema. */
function ruleSetting(id: string, entry: unknown, at: Report): RuleSetting | undefined {
  const rule = rulesById.get(id);
  if (!rule) return void at(`/rules/${id}`, `rules.${id}: ${unknownRule(id)}`);
  if (typeof entry === 'string') {
    if ((SEVERITY_SETTINGS as readonly string[]).includes(entry)) return { severity: entry as SeveritySetting, options: {} };
    const guess = nearest(entry, SEVERITY_SETTINGS);
    return void at(`/rules/${id}`, `rules.${id}: must be one of "off", "warning", "error", or a mapping with severity and options${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  if (!isObject(entry)) return void at(`/rules/${id}`, `rules.${id}: must be a severity (off, warning, error) or a mapping with severity and the rule's options`);
  const schema = z.extend(rule.options?.schema(z) ?? z.strictObject({}), { severity: z.optional(z.enum(SEVERITY_SETTINGS)) });
  const result = schema.safeParse(entry);
  if (!result.success) {
    for (const p of describeIssues(result.error.issues, entry, schema, ['rules', id])) at(p.pointer, p.message);
    return undefined;
  }
  const { severity, ...options } = result.data as { severity?: SeveritySetting } & Record<string, unknown>;
  return { severity, options };
}

export function parsePolicy(text: string, file: string): Policy {
  // The rule ids are read from the parsed YAML itself, where `__proto__` is a key like any other (and so an
  // unknown rule, as it is an unknown key in a meeting file): the schema's record copies keys by assignment,
  // which turns `__proto__` into the copy's prototype, out of sight of Object.entries.
  let ruleEntries: [string, unknown][] = [];
  const parsed = parseYaml(text, { schema: () => policySchema }, 'policy settings', (data) => {
    if (isObject(data.rules)) ruleEntries = Object.entries(data.rules);
    return [];
  });
  if (!parsed.ok) throw configError(file, parsed.error.problems ?? [parsed.error]);
  const { value, locate } = parsed;
  const problems: LocatedProblem[] = [];
  const at: Report = (pointer, message) => problems.push({ message, pointer, ...startOf(locate, pointer) });
  if (value.profile !== undefined && !profiles[value.profile]) {
    const guess = nearest(value.profile, Object.keys(profiles));
    at('/profile', `profile: unknown profile "${value.profile}"${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  const rules = new Map<string, RuleSetting>();
  for (const [id, entry] of ruleEntries) {
    const setting = ruleSetting(id, entry, at);
    if (setting) rules.set(id, setting);
  }
  (value.waivers ?? []).forEach((w, i) => {
    if (!rulesById.has(w.rule)) at(`/waivers/${i}/rule`, `waivers[${i}].rule: ${unknownRule(w.rule)}`);
    if (w.target !== undefined) {
      try {
        compileGlob(w.target);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        at(`/waivers/${i}/target`, `waivers[${i}].target: not a valid glob: ${error.message}`);
      }
    }
  });
  if (problems.length > 0) throw configError(file, problems);
  return {
    file,
    dir: path.dirname(path.resolve(file)),
    profile: value.profile,
    rules,
    waivers: value.waivers ?? [],
    requireLocked: value.require_locked === true,
    waiverLines: (value.waivers ?? []).map((_w, i) => locate(`/waivers/${i}`)?.line),
  };
}

/** Reads and validates the policy file `file` (`explicit` when named by -c). */
export function loadPolicy(file: string, explicit: boolean, cwd = process.cwd()): Policy {
  const shown = explicit ? file : path.relative(cwd, file) || POLICY_FILE;
  let bytes: ReturnType<typeof readRegularFile>;
  try {
    // A regular file only, and at most MAX_POLICY_BYTES: a policy from a pull request may be a link to /dev/zero.
    bytes = readRegularFile(file, MAX_POLICY_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read the policy file ${shown}: ${errnoText(error)}`);
  }
  if ('refused' in bytes && bytes.refused === 'not-regular') throw new UsageError(`bad policy file: ${shown} is not a regular file`);
  if ('refused' in bytes || bytes.byteLength > MAX_POLICY_BYTES) throw new UsageError(`bad policy file: ${shown} is larger than ${MAX_POLICY_BYTES} bytes (1 MiB)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`bad policy file: ${shown} is not UTF-8 text`);
  }
  return parsePolicy(text, shown);
}
