// The JSON report's schema, for `mediate-check schema report` and for scripts
// that validate what they read. A compile-time check keeps it equal to the
// Report type the formatters are written against.
import * as z from 'zod/mini';
import { FAIL_ON_LEVELS, type Report } from './report';

const position = {
  line: z.optional(z.int().check(z.positive())),
  column: z.optional(z.int().check(z.positive())),
};

const problem = z.object({ message: z.string(), pointer: z.optional(z.string()), ...position });

const check = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  status: z.enum(['pass', 'fail', 'unknown', 'waived']),
  messageId: z.string(),
  message: z.string(),
  pointer: z.string(),
  ...position,
  endLine: z.optional(z.int().check(z.positive())),
  endColumn: z.optional(z.int().check(z.positive())),
  waiver: z.optional(z.object({ reason: z.string(), expires: z.nullable(z.string()) })),
  evidence: z.optional(
    z.array(z.object({ pointer: z.string(), level: z.enum(['meeting', 'template', 'user', 'group', 'account']), locked: z.nullable(z.boolean()) })),
  ),
});

const target = z.object({
  target: z.string(),
  source: z.enum(['file', 'stdin', 'zoom', 'teams', 'webex']),
  platform: z.enum(['zoom', 'teams', 'webex']),
  score: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
  verdict: z.enum(['pass', 'fail', 'incomplete', 'error']),
  error: z.nullable(z.object({ ...problem.shape, problems: z.optional(z.array(problem)) })),
  checks: z.array(check),
});

/** The policy file in use: every rules entry and every waiver it holds, as lists. */
const policy = z.object({
  path: z.string(),
  profile: z.nullable(z.string()),
  rulesChanged: z.array(
    z.object({ rule: z.string(), severity: z.nullable(z.enum(['off', 'warning', 'error'])), options: z.record(z.string(), z.unknown()) }),
  ),
  waivers: z.array(
    z.object({ rule: z.string(), target: z.nullable(z.string()), reason: z.string(), expires: z.nullable(z.string()), expired: z.boolean() }),
  ),
});

/** A problem of the run, not of one target; level error makes the exit code 2. */
const runProblem = z.object({ message: z.string(), path: z.string(), level: z.enum(['error', 'notice']) });

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('mediate-check'), version: z.string() }),
  profile: z.string(),
  policy: z.nullable(policy),
  problems: z.array(runProblem),
  targets: z.array(target),
  warnings: z.array(z.string()),
  summary: z.object({
    targets: z.int(),
    failed: z.int(),
    errored: z.int(),
    incomplete: z.int(),
    passed: z.int(),
    checks: z.object({ pass: z.int(), fail: z.int(), unknown: z.int(), waived: z.int() }),
    failOn: z.enum(FAIL_ON_LEVELS),
    exitCode: z.literal([0, 1, 2]),
  }),
});

// Fails to compile when the schema and the Report type drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<z.infer<typeof reportSchema>, Report> = true;
void inStep;
