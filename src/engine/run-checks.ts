// Runs the enabled rules over every readable target of a run. Rules that compare
// targets use the run view; the engine itself knows nothing about any rule.
import type { Locate } from '../load/positions';
import type { TargetError } from '../load/parse-yaml';
import type { Meeting } from '../model/meeting-schema';
import type { Platform, PlatformMeetings } from '../model/platform';
import type { TeamsMeeting } from '../model/teams-schema';
import type { WebexMeeting } from '../model/webex-schema';
import { formatMessage, type CheckContext, type CheckStatus, type Fix, type Outcome, type Rule, type RunView, type Severity } from './define-rule';
import { evidenceOf, otherEvidenceOf, type Evidence } from './evidence';

export type TargetSource = 'file' | 'stdin' | 'zoom' | 'teams' | 'webex';

/** A target as loaded: a meeting ready to check, or the reason it could not be read. */
export interface LoadedTarget {
  name: string;
  source: TargetSource;
  /** Absolute path, for file targets (waiver globs are matched relative to the policy file). */
  file?: string;
  /** The document, by platform: a Zoom meeting, a Graph onlineMeeting or a Webex meeting (at most one is set). */
  meeting?: Meeting;
  teams?: TeamsMeeting;
  webex?: WebexMeeting;
  /** For a target that could not be read: the platform it was found to be for, when known. */
  platform?: Platform;
  /** Maps a pointer to a 1-based line and column; files only. */
  locate?: Locate;
  error?: TargetError;
}

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: object;
}

export interface CheckResult {
  rule: string;
  severity: Severity;
  status: CheckStatus | 'waived';
  /** Stable id of the message (the text may be reworded; the id is not). */
  messageId: string;
  message: string;
  pointer: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  waiver?: { reason: string; expires: string | null };
  /** The Zoom facts the check decided from (absent when it decided from none, e.g. only the mediation block). */
  evidence?: Evidence[];
}

export interface TargetResult {
  target: string;
  source: TargetSource;
  platform: Platform;
  file?: string;
  checks: CheckResult[];
  error: TargetError | null;
}

/** A target's platform and document; undefined when it could not be read. */
export function documentOf(target: LoadedTarget): { platform: Platform; meeting: PlatformMeetings[Platform] } | undefined {
  if (target.meeting) return { platform: 'zoom', meeting: target.meeting };
  if (target.teams) return { platform: 'teams', meeting: target.teams };
  if (target.webex) return { platform: 'webex', meeting: target.webex };
  return undefined;
}

/** The platform a target is for (an unreadable one: its source's, else Zoom). */
export function platformOf(target: LoadedTarget): Platform {
  return documentOf(target)?.platform ?? target.platform ?? (target.source === 'teams' || target.source === 'webex' ? target.source : 'zoom');
}

function runView(targets: readonly LoadedTarget[]): RunView {
  const groups = new Map<string, Map<string, number[]>>();
  const view: RunView = {
    groupBy: (name, keyOf) => view.groupOn('zoom', name, keyOf),
    groupOn(platform, name, keyOf) {
      const id = `${platform}:${name}`;
      let grouped = groups.get(id);
      if (!grouped) {
        grouped = new Map();
        targets.forEach((target, index) => {
          const document = documentOf(target);
          if (document?.platform !== platform) return; // unreadable targets take no part in cross-target rules
          const key = keyOf(document.meeting as PlatformMeetings[typeof platform]);
          if (key === undefined) return;
          const list = grouped!.get(key);
          if (list) list.push(index);
          else grouped!.set(key, [index]);
        });
        groups.set(id, grouped);
      }
      return grouped;
    },
    nameOf: (index) => targets[index]!.name,
  };
  return view;
}

/** The rule's decision for a platform, or undefined when it has none there (the rule is left out). */
function decisionOf(rule: Rule, platform: Platform): ((meeting: never, context: CheckContext<string, any>) => Outcome) | undefined {
  if (platform === 'zoom') return rule.check.bind(rule);
  const decide = rule[platform];
  return decide?.bind(rule);
}

function outcomeMaker(rule: Rule, status: CheckStatus) {
  return (messageId: string, pointer: string, data?: Record<string, string | number>, facts?: readonly string[], fix?: Fix): Outcome => ({
    status,
    messageId,
    pointer,
    message: formatMessage(rule.messages[messageId] ?? messageId, data),
    facts,
    // Only a failing outcome carries a fix.
    ...(status === 'fail' && fix !== undefined && { fix }),
  });
}

/**
 * Checks every target. Each target's locator is released once its checks are
 * placed (a batch of thousands would otherwise keep every position index alive);
 * meetings stay, since rules that compare targets may read any of them.
 */
export function runChecks(
  targets: readonly LoadedTarget[],
  enabled: readonly EnabledRule[],
  /** Told of every failing check's fix (the fix commands); reports leave fixes out. */
  onFix?: (target: number, rule: string, fix: Fix) => void,
): TargetResult[] {
  const run = runView(targets);
  // The outcome constructors depend only on the rule: made once, not per target.
  const checkers = enabled.map(({ rule, severity, options }) => ({
    rule,
    severity,
    options,
    pass: outcomeMaker(rule, 'pass'),
    fail: outcomeMaker(rule, 'fail'),
    unknown: outcomeMaker(rule, 'unknown'),
  }));
  return targets.map((target, index) => {
    const document = documentOf(target);
    const base = { target: target.name, source: target.source, platform: platformOf(target), file: target.file };
    if (!document) return { ...base, checks: [], error: target.error ?? { message: 'could not be read' } };
    const checks = checkers.flatMap(({ rule, severity, options, pass, fail, unknown }): CheckResult[] => {
      const decide = decisionOf(rule, document.platform);
      if (!decide) return []; // no meaning on this platform
      const outcome = decide(document.meeting as never, { options, target: index, run, pass, fail, unknown });
      if (outcome.fix && onFix) onFix(index, rule.id, outcome.fix);
      const check: CheckResult = {
        rule: rule.id,
        severity,
        status: outcome.status,
        messageId: outcome.messageId,
        message: outcome.message,
        pointer: outcome.pointer,
      };
      const facts = outcome.facts ?? [outcome.pointer];
      const evidence = document.platform === 'zoom' ? evidenceOf(document.meeting as Meeting, facts) : otherEvidenceOf(document.platform, document.meeting, facts);
      if (evidence.length > 0) check.evidence = evidence;
      const position = target.locate?.(outcome.pointer);
      if (position) Object.assign(check, position);
      return [check];
    });
    target.locate = undefined;
    return { ...base, checks, error: null };
  });
}
