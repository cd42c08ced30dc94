// The policy's `require_locked: true`: a pass that rests on a Zoom setting the
// host could still change (before or during the meeting) is not good enough. Such
// a pass becomes a fail when the setting is known to be unlocked, and unknown when
// its lock is not known. This covers the meeting's own settings as well as the
// host's and the account's: an unlocked waiting room can be switched off in the
// meeting. Settings Zoom cannot lock (no lock_settings entry) and the mediation
// block (never evidence) are left alone.
import { lockPointerOf } from '../model/lock-map';
import type { CheckResult, TargetResult } from '../engine/run-checks';

/** Evidence that Zoom could lock. */
const lockable = (check: CheckResult) => (check.evidence ?? []).filter((e) => lockPointerOf(e.pointer) !== undefined);

const keyOf = (pointer: string) => pointer.slice(1).replaceAll('/', '.');

function demote(check: CheckResult): CheckResult {
  if (check.status !== 'pass') return check;
  const facts = lockable(check);
  const open = facts.find((e) => e.locked === false);
  if (open) {
    return {
      ...check,
      status: 'fail',
      messageId: 'notLocked',
      message: `${check.message} But ${keyOf(open.pointer)} is not locked, so the host can change it (the policy requires locked settings).`,
    };
  }
  const unsure = facts.find((e) => e.locked === null);
  if (unsure) {
    return {
      ...check,
      status: 'unknown',
      messageId: 'lockUnknown',
      message: `${check.message} It is not known whether ${keyOf(unsure.pointer)} is locked, which the policy requires: add ${keyOf(lockPointerOf(unsure.pointer)!)}.`,
    };
  }
  return check;
}

/** One target's result with the policy applied (a batch applies it target by target, as results are read). */
export function requireLockedOf(result: TargetResult): TargetResult {
  return result.checks.some((c) => c.status === 'pass') ? { ...result, checks: result.checks.map(demote) } : result;
}
