// The policy file (.mediate-check.yaml): profile, per-rule severity and options, waivers.
import * as z from 'zod/mini';

export const SEVERITY_SETTINGS = ['off', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Written YYYY-MM-DD, and (checked apart, for its own message) a day that exists: 2027-02-30 is written right but is no date. */
const isWrittenAsDate = (value: string) => DATE.test(value);
const isCalendarDate = (value: string) => {
  const m = DATE.exec(value);
  if (!m) return true; // the format check above already says so
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
};

const waiver = z.strictObject({
  rule: z.string(),
  /** A glob over target names, relative to the policy file's folder; absent: every target. */
  target: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  reason: z.string().check(z.refine((r) => r.trim().length > 0, 'must say why the check is waived')),
  /** YYYY-MM-DD, inclusive, in UTC. */
  expires: z.optional(
    z.string().check(
      z.refine(isWrittenAsDate, 'must be a date written YYYY-MM-DD, like 2027-01-31'),
      z.refine(isCalendarDate, 'is not a date that exists: check the day and the month (a month has 28 to 31 days)'),
    ),
  ),
});

export const policySchema = z.strictObject({
  profile: z.optional(z.string()),
  /** Rule id → a severity, or a mapping of severity and the rule's options (checked per rule). */
  rules: z.optional(z.record(z.string(), z.unknown())),
  waivers: z.optional(z.array(waiver)),
  /** A pass resting on a host or account setting the host can still change fails (unlocked) or is unknown (lock not known). */
  require_locked: z.optional(z.boolean()),
});

export type Waiver = z.infer<typeof waiver>;
