import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import type { Mediation } from '../src/model/meeting-schema';
import { PROPER_USE_POST } from './sources';

const POINTER = '/mediation/lock_after_join';

/** Reads only the mediation block: the same decision on every platform. */
function decide(meeting: { mediation?: Mediation }, { pass, fail, unknown }: Verdicts<'no' | 'yes' | 'missing'>): Outcome {
  const value = meeting.mediation?.lock_after_join;
  if (value === false) return fail('no', POINTER);
  if (value === true) return pass('yes', POINTER);
  return unknown('missing', POINTER);
}

export default defineRule({
  id: 'lock-after-join',
  severity: 'error',
  summary: 'The host will lock the meeting once everyone has joined.',
  rationale:
    'A locked meeting admits nobody new, whatever link or passcode they hold. Zoom has no API to lock a meeting in advance, ' +
    'so the host has to do it in the meeting; the file records that commitment.',
  fix:
    'In the meeting, once everyone disclosed is in: Security → Lock Meeting. In the file: mediation.lock_after_join: true (the host\'s plan to do so).',
  sources: [PROPER_USE_POST],
  history:
    'In the April 2020 proper-use list. Zoom added the Security icon (lock meeting in one click) in client 4.6.10 that April; there is still no API to lock a meeting in advance. In both profiles.',
  messages: {
    no: 'The host does not plan to lock the meeting (mediation.lock_after_join is false).',
    yes: 'The host will lock the meeting once everyone has joined.',
    missing: 'Not known whether the host will lock the meeting: add mediation.lock_after_join (true).',
    webexAuto: 'Webex locks the meeting {minutes} minutes after it starts (enableAutomaticLock is true).',
  },
  check: decide,
  teams: decide,
  webex(meeting, context) {
    const attested = decide(meeting, context);
    // Fail wins over pass: a host who says they will not lock fails, whatever the automatic lock.
    if (attested.status === 'fail') return attested;
    // The automatic lock establishes the lock only with its delay given; without it, the file's word decides.
    const minutes = meeting.automaticLockMinutes;
    if (meeting.enableAutomaticLock === true && minutes !== undefined) {
      return context.pass('webexAuto', '/enableAutomaticLock', { minutes }, ['/enableAutomaticLock', '/automaticLockMinutes']);
    }
    return attested;
  },
});
