// A rule is one small module: what it decides, why, how to fix it, and a check
// that reads the typed meeting model and returns one outcome with a JSON pointer.
import type * as z from 'zod/mini';
import type { Meeting } from '../model/meeting-schema';
import type { Platform } from '../model/platform';
import type { TeamsMeeting } from '../model/teams-schema';
import type { WebexMeeting } from '../model/webex-schema';

export type Severity = 'error' | 'warning';
export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface Source {
  title: string;
  url?: string;
}

/** The one answer a rule gives for one target. */
export interface Outcome {
  status: CheckStatus;
  messageId: string;
  message: string;
  pointer: string;
  /**
   * The facts (JSON pointers into the meeting) the outcome was decided from. The
   * engine turns the Zoom ones that the input holds into evidence; absent, the
   * outcome's own pointer is the one fact.
   */
  facts?: readonly string[];
  /** A failing outcome's fix, when there is one (see src/engine/fix.ts). */
  fix?: Fix;
}

/** One field of the target's own document set to a new value: a JSON pointer to a leaf, and a JSON scalar. */
export interface FieldChange {
  pointer: string;
  value: string | number | boolean;
}

/**
 * What makes a failing check pass. `changes` are the mechanical part, on the
 * meeting itself (never a passcode, never the host's or the account's settings):
 * `mediate-check fix` writes them into the file and `zoom --fix --apply` sends them
 * to Zoom. `byHand` are steps only a person can take (a host or account setting in
 * the Zoom web portal); they are shown, never applied.
 */
export interface Fix {
  changes: readonly FieldChange[];
  /** What the fix does, in words (the plan and the fix command show it). */
  describe: string;
  byHand?: readonly string[];
}

/**
 * What a check can see of the whole run: for rules that compare targets. A batch
 * checks each target as it reads it and keeps no meeting, so a rule that compares
 * declares the keys it compares by (`groups`) and gives both of its outcomes; the
 * engine picks one once every target of the run has been read.
 */
export interface RunView {
  /**
   * `alone`, unless another readable target of the run (of this platform) has
   * this target's key in `group`, one of the rule's `groups` for this platform
   * (the key its function there gave for this target; none: `alone`); then
   * `ifShared(others, key)`, where `others` names a few of them ("a, b, c and 2
   * others"). `ifShared` is called at once with a stand-in for `others`: use it
   * only as message data. To wait on several groups (a meeting known by
   * several identities), nest the calls, each inner one as the outer one's
   * `alone`: the outermost group shared decides.
   */
  unlessShared(group: string, ifShared: (others: string, key: string) => Outcome, alone: Outcome): Outcome;
}

/** A key a rule compares targets by (undefined: the target takes no part). */
export type KeyOf<T> = (meeting: T) => string | undefined;

/** The keys a rule compares the run's targets by, per platform and group name. */
export interface RuleGroups {
  zoom?: Record<string, KeyOf<Meeting>>;
  teams?: Record<string, KeyOf<TeamsMeeting>>;
  webex?: Record<string, KeyOf<WebexMeeting>>;
}

type MessageData = Record<string, string | number>;

// The verdicts and decisions are function properties, not methods: TypeScript checks a
// method's parameters both ways, which would let a helper that names an id with no
// message pass for a decision.
export interface CheckContext<M extends string, O> {
  /** The rule's options: its defaults, overridden by the policy file. */
  options: O;
  /** This target's index in the run. */
  target: number;
  run: RunView;
  /** `facts`: the pointers of every fact decided from, when more than (or other than) `pointer`. */
  pass: (messageId: M, pointer: string, data?: MessageData, facts?: readonly string[]) => Outcome;
  /** `fix`: how to make it pass, when a program can (or a person must, with byHand); see src/engine/fix.ts. */
  fail: (messageId: M, pointer: string, data?: MessageData, facts?: readonly string[], fix?: Fix) => Outcome;
  unknown: (messageId: M, pointer: string, data?: MessageData, facts?: readonly string[]) => Outcome;
}

/** The three verdicts alone, for a helper shared by a rule's decisions: `M` names the message ids it gives. */
export type Verdicts<M extends string> = Pick<CheckContext<M, object>, 'pass' | 'fail' | 'unknown'>;

export interface RuleDefinition<M extends string, O extends object> {
  /** Stable kebab-case id; never changes meaning. */
  id: string;
  severity: Severity;
  /** One line for the rules table. */
  summary: string;
  /** Why the rule exists. */
  rationale: string;
  /** How to make a failing check pass. */
  fix: string;
  sources: readonly Source[];
  /** How the rule came to be and how its advice changed over time (shown by `explain`). */
  history: string;
  /** Message templates; `{name}` is filled from the outcome's data. Never put a secret in data. */
  messages: Record<M, string>;
  /** Options a policy file may set, with their defaults. */
  options?: {
    defaults: O;
    /**
     * A strict object schema of the options, each optional (the policy file sets
     * some of them), built with the zod it is given: only a policy or the schema
     * command needs it, so a rule module does not load zod.
     */
    schema: (zod: typeof z) => z.ZodMiniObject<any, z.core.$strict>;
    describe: Record<keyof O, string>;
  };
  /**
   * The keys this rule compares targets by (see RunView.unlessShared), per
   * platform: every readable target's keys are recorded as it is read, whatever
   * path its decision takes. A few bytes per target; the meetings are not kept.
   */
  groups?: RuleGroups;
  /**
   * One decision per platform the rule has meaning on, side by side: `check` is
   * Zoom's; `teams` reads a Graph onlineMeeting, `webex` a Webex meeting. A rule
   * with no decision for a platform is left out of that platform's targets.
   * Pointers point into the platform's own document. The message ids are
   * inferred from `messages` only (NoInfer), so a decision, or a helper given
   * as one, cannot add an id that has no message.
   */
  check: (meeting: Meeting, context: CheckContext<NoInfer<M>, O>) => Outcome;
  teams?: (meeting: TeamsMeeting, context: CheckContext<NoInfer<M>, O>) => Outcome;
  webex?: (meeting: WebexMeeting, context: CheckContext<NoInfer<M>, O>) => Outcome;
}

export type Rule = RuleDefinition<string, any>;

/** Identity at run time; at compile time it ties message ids and options to their rule. */
export function defineRule<M extends string, O extends object = Record<string, never>>(
  definition: RuleDefinition<M, O>,
): RuleDefinition<M, O> {
  return definition;
}

/** The platforms a rule decides on, Zoom first. */
export function platformsOf(rule: Rule): Platform[] {
  return ['zoom', ...(rule.teams ? (['teams'] as const) : []), ...(rule.webex ? (['webex'] as const) : [])];
}

export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
