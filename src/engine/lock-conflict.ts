// A meeting's own setting against the account's, when the setting is locked for
// the host. The `locks` block merges the account's and the host's groups' locks,
// so a locked setting whose account value differs from the meeting's may be held
// to either: Zoom does not document which value the meeting gets when it starts
// (a lock by the account forces the account's; a group's lock, the group's). A
// pass decided from such a fact is not established: it becomes unknown. A fail
// stays: the meeting's own value is wrong whichever applies, and fixing it ends
// the conflict.
import type { Meeting } from '../model/meeting-schema';
import type { Outcome } from './define-rule';
import { lockedOf, valueAt } from './evidence';

/** Meeting settings whose account setting has the same meaning and the same values. */
const ACCOUNT_SETTING_OF: Record<string, string> = {
  '/settings/waiting_room': '/account_settings/meeting_security/waiting_room',
  '/settings/join_before_host': '/account_settings/schedule_meeting/join_before_host',
  '/settings/auto_recording': '/account_settings/recording/auto_recording',
};

/** The account's setting for a fact: a host setting's twin has the same group and key; a meeting setting's is listed above. */
function accountSettingOf(fact: string): string | undefined {
  if (fact.startsWith('/host_settings/')) return `/account_settings/${fact.slice('/host_settings/'.length)}`;
  return ACCOUNT_SETTING_OF[fact];
}

/** `/settings/waiting_room` → `settings.waiting_room`, as the messages name fields. */
const dotted = (pointer: string) => pointer.slice(1).split('/').join('.');

/** The outcome, or an unknown one when it passes on a locked fact that the account's value contradicts. */
export function withLockConflict(meeting: Meeting, outcome: Outcome): Outcome {
  if (outcome.status !== 'pass' || meeting.locks === undefined) return outcome;
  for (const fact of outcome.facts ?? [outcome.pointer]) {
    const twin = accountSettingOf(fact);
    if (twin === undefined || lockedOf(fact, meeting) !== true) continue;
    const own = valueAt(meeting, fact);
    const account = valueAt(meeting, twin);
    if (own === undefined || account === undefined || own === account) continue;
    return {
      status: 'unknown',
      messageId: 'lockConflict',
      message:
        `${dotted(fact)} is ${JSON.stringify(own)}, but the setting is locked for the host and ${dotted(twin)} is ${JSON.stringify(account)}: ` +
        'Zoom does not document which of the two the meeting gets. Ask the account administrator to unlock the setting, or make the two agree.',
      pointer: outcome.pointer,
      facts: [...(outcome.facts ?? [outcome.pointer]), twin],
    };
  }
  return outcome;
}
