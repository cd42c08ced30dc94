// Runs the enabled rules over every readable target of a run, one target at a
// time. Rules that compare targets use the run view; the engine itself knows
// nothing about any rule.
import type { Locate } from '../load/positions';
import type { TargetError } from '../load/parse-yaml';
import type { Meeting } from '../model/meeting-schema';
import type { Platform, PlatformMeetings } from '../model/platform';
import type { TeamsMeeting } from '../model/teams-schema';
import type { WebexMeeting } from '../model/webex-schema';
import { documentSecrets, scrubDocumentText } from '../util/document-secrets';
import { formatMessage, type CheckContext, type CheckStatus, type Fix, type KeyOf, type Outcome, type Rule, type RunView, type Severity } from './define-rule';
import { evidenceOf, otherEvidenceOf, type Evidence } from './evidence';
import { withLockConflict } from './lock-conflict';
import { KEY, OTHERS, ResultStore, type SharedAlternative } from './result-store';
import { RunGroups } from './run-groups';

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

/** One rule as the checker runs it: its outcome constructors made once, not per target. */
interface RuleRunner {
  rule: Rule;
  severity: Severity;
  options: object;
  pass: CheckContext<string, any>['pass'];
  fail: CheckContext<string, any>['fail'];
  unknown: CheckContext<string, any>['unknown'];
  /** The shapes of its latest outcomes, newest first (see shapeOf). */
  recent: number[];
  /** Its keys per platform (see RuleDefinition.groups), by their group's run-wide name. */
  groups: Partial<Record<Platform, [string, KeyOf<never>][]>>;
  /** Its decision per platform; none where it has no meaning (it is left out there). */
  decisions: Partial<Record<Platform, ReturnType<typeof decisionOf>>>;
}

/** A failing check's fixes: its own, and those of its shared outcomes when it waits on the run. */
interface KeptFix {
  rule: string;
  alone?: Fix;
  shared?: (Fix | undefined)[];
}

/**
 * Checks a run's targets one at a time, as they are read: each target's
 * results go into a compact store at once, and the target (its meeting, its
 * document, its position index) can be let go. Rules that compare targets keep
 * only their keys (RunGroups); their waiting checks are settled when the
 * results are read, after the last target.
 */
export class Checker {
  readonly store = new ResultStore();
  private readonly groups = new RunGroups();
  private readonly runners: RuleRunner[];
  private readonly fixes: KeptFix[][] | undefined;
  /** The target being checked, for unlessShared. */
  private current: { target: LoadedTarget; platform: Platform; meeting: object; ownSlots: Map<string, number>; secrets: string[] } | undefined;
  private runner: RuleRunner | undefined;
  /** The current check's shared outcomes, the first to be taken first (see RunView.unlessShared). */
  private waiting: SharedAlternative[] = [];
  private waitingFix: (Fix | undefined)[] = [];
  private readonly run: RunView = {
    unlessShared: (group, ifShared, alone) => {
      const { target, platform, meeting, ownSlots, secrets } = this.current!;
      const runner = this.runner!;
      const id = groupId(runner.rule, platform, group);
      if (!runner.groups[platform]?.some(([name]) => name === id)) throw new Error(`rule ${runner.rule.id} compares ${platform} targets by "${group}", which it does not declare in groups.${platform}`);
      // The key recorded for this target in check() (the rule's groups made it): no second computation that could differ.
      const slot = ownSlots.get(id);
      if (slot === undefined) return alone; // no key: the target takes no part, nothing to compare
      const key = this.groups.keyOf(slot);
      const shared = settled(platform, meeting, ifShared(OTHERS, key), secrets);
      // The key in its message is a stand-in too, given back when the results are read: one shape for every target.
      if (key !== '' && shared.message.includes(key)) shared.message = shared.message.split(key).join(KEY);
      // Nested calls run innermost first, and the outer one comes first: in front.
      this.waiting.unshift({ shape: this.shapeOf(runner, shared), position: target.locate?.(shared.pointer), slot });
      this.waitingFix.unshift(shared.fix);
      return alone;
    },
  };

  constructor(
    enabled: readonly EnabledRule[],
    /** Keep failing checks' fixes, for results()'s onFix (the fix commands). */
    keepFixes = false,
  ) {
    this.runners = enabled.map(({ rule, severity, options }) => ({
      rule,
      severity,
      options,
      pass: outcomeMaker(rule, 'pass'),
      fail: outcomeMaker(rule, 'fail'),
      unknown: outcomeMaker(rule, 'unknown'),
      recent: [],
      decisions: { zoom: decisionOf(rule, 'zoom'), teams: decisionOf(rule, 'teams'), webex: decisionOf(rule, 'webex') },
      groups: Object.fromEntries(
        Object.entries(rule.groups ?? {}).map(([platform, keys]) => [
          platform,
          Object.entries(keys ?? {}).map(([name, keyOf]) => [groupId(rule, platform as Platform, name), keyOf as KeyOf<never>]),
        ]),
      ),
    }));
    this.fixes = keepFixes ? [] : undefined;
  }

  get count(): number {
    return this.store.count;
  }

  /**
   * Checks one target and keeps its results; nothing of the target itself is
   * kept, and its locator is released (a caller holding many targets would
   * otherwise keep every document alive).
   */
  check(target: LoadedTarget): void {
    const document = documentOf(target);
    const base = { name: target.name, source: target.source, platform: platformOf(target), file: target.file };
    const index = this.store.beginTarget(base, document ? null : (target.error ?? { message: 'could not be read' }));
    const fixes: KeptFix[] = [];
    this.fixes?.push(fixes);
    if (!document) {
      target.locate = undefined;
      return this.store.endTarget();
    }
    const { platform, meeting } = document;
    // Every key first, whatever path the decisions take: the others compare with it.
    const ownSlots = new Map<string, number>();
    for (const runner of this.runners) {
      const keys = runner.groups[platform];
      if (!keys || !runner.decisions[platform]) continue;
      for (const [id, keyOf] of keys) {
        const key = keyOf(meeting as never);
        if (key !== undefined) ownSlots.set(id, this.groups.add(id, key, index));
      }
    }
    // A message may quote text of the document (a name, a topic): it keeps none of the document's secrets.
    const secrets = documentSecrets(meeting);
    this.current = { target, platform, meeting, ownSlots, secrets };
    try {
      for (const runner of this.runners) {
        const decide = runner.decisions[platform];
        if (!decide) continue; // no meaning on this platform
        this.runner = runner;
        if (this.waiting.length > 0) [this.waiting, this.waitingFix] = [[], []]; // a fresh pair only after a check that waited (its fixes keep the old one)
        const { options, pass, fail, unknown } = runner;
        const decided = decide(meeting as never, { options, target: index, run: this.run, pass, fail, unknown });
        const outcome = settled(platform, meeting, decided, secrets);
        this.store.addCheck(this.shapeOf(runner, outcome), target.locate?.(outcome.pointer), this.waiting);
        if (this.fixes) fixes.push({ rule: runner.rule.id, alone: outcome.fix, shared: this.waiting.length > 0 ? this.waitingFix : undefined });
      }
    } finally {
      this.current = undefined;
      this.runner = undefined;
      if (this.waiting.length > 0) [this.waiting, this.waitingFix] = [[], []];
      target.locate = undefined;
    }
    this.store.endTarget();
  }

  /**
   * The results of the targets checked so far, decoded anew on each call, each
   * waiting check settled against the whole run. `withFiles`: with each file
   * target's absolute path (waivers match it). `onFix`: told of the fix of
   * every failing check that has one (needs keepFixes).
   */
  *results(withFiles: boolean, onFix?: (target: number, rule: string, fix: Fix) => void): Generator<TargetResult> {
    const nameOf = (index: number) => this.store.nameOf(index);
    const fixes = this.fixes;
    yield* this.store.results(
      (slot, target) => this.groups.othersOf(slot, target, nameOf),
      (slot) => this.groups.keyOf(slot),
      withFiles,
      onFix && fixes
        ? (target, check, shared, alternative) => {
            const kept = fixes[target]![check]!;
            const fix = shared ? kept.shared?.[alternative] : kept.alone;
            if (fix) onFix(target, kept.rule, fix);
          }
        : undefined,
    );
  }

  private shapeOf(runner: RuleRunner, outcome: Outcome): number {
    const { platform, meeting } = this.current!;
    const facts = outcome.facts ?? [outcome.pointer];
    const evidence = platform === 'zoom' ? evidenceOf(meeting as Meeting, facts) : otherEvidenceOf(platform, meeting, facts);
    // A rule says one of a few things: its recent shapes are compared field by field first (no key string made).
    for (const id of runner.recent) if (this.store.sameShape(id, outcome, evidence)) return id;
    const id = this.store.shapeOf({
      rule: runner.rule.id,
      severity: runner.severity,
      status: outcome.status,
      messageId: outcome.messageId,
      message: outcome.message,
      pointer: outcome.pointer,
      ...(evidence.length > 0 && { evidence }),
    });
    if (runner.recent.length === RECENT) runner.recent.pop();
    runner.recent.unshift(id);
    return id;
  }
}

/**
 * A rule's outcome as the run keeps it: a Zoom pass on a setting whose lock and account
 * value contradict the meeting made unknown (lock-conflict.ts), and its message without
 * the document's secret values (a message may quote a name or a topic).
 */
function settled(platform: Platform, meeting: object, decided: Outcome, secrets: readonly string[]): Outcome {
  const judged = platform === 'zoom' ? withLockConflict(meeting as Meeting, decided) : decided;
  const message = scrubDocumentText(judged.message, secrets);
  return message === judged.message ? judged : { ...judged, message };
}

/** How many shapes of each rule are compared before a shape's key is made. */
const RECENT = 8;

/** A group's name for the run: each rule's groups are its own, per platform. */
const groupId = (rule: Rule, platform: Platform, name: string) => `${rule.id}\u0000${platform}\u0000${name}`;

/** Checks every target (all at hand: the fix commands, tests). */
export function runChecks(
  targets: readonly LoadedTarget[],
  enabled: readonly EnabledRule[],
  /** Told of every failing check's fix (the fix commands); reports leave fixes out. */
  onFix?: (target: number, rule: string, fix: Fix) => void,
): TargetResult[] {
  const checker = new Checker(enabled, onFix !== undefined);
  for (const target of targets) checker.check(target);
  return [...checker.results(true, onFix)];
}
