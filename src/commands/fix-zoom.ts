// `mediate-check zoom … --fix [--apply]`: the fixes of the failing checks, per
// meeting. Without --apply nothing is sent: the plan is printed and the meetings
// are reported as they are. With --apply each meeting gets one PATCH holding only
// the planned fields, is read back, and the report holds what Zoom kept; every
// requested value Zoom did not keep is named. Host and account settings, and
// templates (the API cannot change them), are printed as steps for a person.
import type { RunSetup } from './finish-run';
import { finishRun, warn, type CheckOptions } from './finish-run';
import { valueAt, lockedOf } from '../engine/evidence';
import { dotted } from '../engine/fix';
import type { LoadedTarget } from '../engine/run-checks';
import type { RunProblem } from '../load/run-problem';
import { changeLines, fixesOf, planOf, shown, type Plan } from '../fix/plan';
import { redact } from '../util/secrets';
import type { ZoomClient } from '../zoom/client';
import type { ZoomTargetSource } from '../zoom/fetch-targets';
import { patchBody } from '../zoom/patch-body';

const MEETING = 'zoom:meeting/';
const TEMPLATE_STEP = 'Zoom web portal: Settings → Meeting → Meeting templates → this template → Edit';

export interface ZoomFixOptions extends CheckOptions {
  apply?: boolean;
}

/** The plan of one target, printed on standard error (values of settings only: no secret). */
function printPlan(target: LoadedTarget, plan: Plan, apply: boolean): void {
  const template = !target.name.startsWith(MEETING);
  if (template) {
    // The API cannot change a template: its fixes are steps in the web portal, in words.
    for (const { rule, fix } of plan.fixes) if (fix.changes.length > 0) warn(`${target.name}: by hand (${rule}): ${TEMPLATE_STEP}: ${fix.describe}`);
  }
  const lines = changeLines(plan, target.meeting);
  plan.changes.forEach((change, i) => {
    if (template) return;
    const locked = lockedOf(change.pointer, target.meeting!) === true ? ' [locked for the host: Zoom may keep its own value]' : '';
    warn(`${target.name}: ${apply ? 'sending' : 'would set'} ${lines[i]}${locked}`);
  });
  for (const { rule, step } of plan.byHand) warn(`${target.name}: by hand (${rule}): ${step}`);
}

export async function fixZoom(
  loaded: LoadedTarget[],
  source: ZoomTargetSource,
  client: ZoomClient,
  setup: RunSetup,
  options: ZoomFixOptions,
  runWarnings: string[],
): Promise<number> {
  const fixes = await fixesOf(loaded, setup);
  const plans = fixes.map((list, index) => planOf(list, loaded[index]!.meeting));
  const apply = options.apply === true;
  let planned = 0;
  loaded.forEach((target, index) => {
    const plan = plans[index]!;
    if (!target.meeting || (plan.changes.length === 0 && plan.byHand.length === 0)) return;
    printPlan(target, plan, apply);
    if (target.name.startsWith(MEETING)) planned += plan.changes.length;
  });
  if (!apply) {
    warn(planned > 0 ? 'nothing was sent to Zoom: add --apply to make these changes' : 'nothing to change by program on these meetings');
    return finishRun(loaded, setup, options, [], runWarnings);
  }

  const problems: RunProblem[] = [];
  const notKept: string[] = [];
  const after = await Promise.all(
    loaded.map(async (target, index): Promise<LoadedTarget> => {
      const plan = plans[index]!;
      if (!target.meeting || !target.name.startsWith(MEETING) || plan.changes.length === 0) return target;
      const id = target.name.slice(MEETING.length);
      try {
        await client.patch(`/meetings/${encodeURIComponent(id)}`, patchBody(plan.changes));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ path: target.name, level: 'error', message: `Zoom did not take the changes: ${redact(message, client.secrets())}` });
        return target;
      }
      const fresh = await source.reload(id);
      if (!fresh.meeting) return fresh;
      for (const change of plan.changes) {
        const now = valueAt(fresh.meeting, change.pointer);
        if (now !== change.value) {
          const is = now === undefined ? 'not set' : typeof now === 'string' ? JSON.stringify(shown(now)) : shown(now);
          notKept.push(`${target.name}: Zoom did not keep ${dotted(change.pointer)} = ${JSON.stringify(change.value)} (it is ${is})`);
        }
      }
      return fresh;
    }),
  );
  return finishRun(after, setup, options, problems, [...runWarnings, ...notKept]);
}
