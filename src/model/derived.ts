// Facts Zoom decides from several fields, read the same way by every rule that
// needs them. Each answer names the fields it came from (JSON pointers), so the
// rules can report them as evidence.
import type { Meeting } from './meeting-schema';

export interface Derived<T> {
  /** undefined: the input does not say. */
  value: T | undefined;
  /** The pointer a report should show. */
  pointer: string;
  /** Every field the answer was read from. */
  facts: string[];
}

const WR_OPTION = '/settings/waiting_room_options/who_goes_to_waiting_room';
const WR_HOST = '/host_settings/meeting_security/waiting_room_settings/participants_to_place_in_waiting_room';

/**
 * Whether everyone goes to the waiting room (given that there is one): the
 * meeting's own choice (waiting_room_options, mode custom) or, without one, the
 * host's setting (0 = everyone, 1 = users outside the account, 2 = also not on the allowed domains).
 */
export function everyoneWaits(meeting: Meeting): Derived<boolean> {
  const options = meeting.settings?.waiting_room_options;
  if (options?.mode !== 'follow_setting' && options?.who_goes_to_waiting_room !== undefined) {
    return { value: options.who_goes_to_waiting_room === 'everyone', pointer: WR_OPTION, facts: [WR_OPTION] };
  }
  const placed = meeting.host_settings?.meeting_security?.waiting_room_settings?.participants_to_place_in_waiting_room;
  const facts = options?.mode === 'follow_setting' ? ['/settings/waiting_room_options/mode', WR_HOST] : [WR_HOST];
  return { value: placed === undefined ? undefined : placed === 0, pointer: WR_HOST, facts };
}

const BREAKOUT_HOST = '/host_settings/in_meeting/breakout_room';
const BREAKOUT_PREASSIGN = '/settings/breakout_room/enable';

/**
 * Whether breakout rooms can be opened: the host's in-meeting feature decides;
 * rooms pre-assigned on the meeting imply it. The meeting's pre-assign flag false
 * says nothing (a mediator opens caucus rooms during the session).
 */
export function breakoutRoomsPossible(meeting: Meeting): Derived<boolean> {
  const feature = meeting.host_settings?.in_meeting?.breakout_room;
  const preassigned = meeting.settings?.breakout_room?.enable;
  if (feature === true) return { value: true, pointer: BREAKOUT_HOST, facts: [BREAKOUT_HOST] };
  if (preassigned === true) return { value: true, pointer: BREAKOUT_PREASSIGN, facts: [BREAKOUT_PREASSIGN] };
  if (feature === false) return { value: false, pointer: BREAKOUT_HOST, facts: [BREAKOUT_HOST] };
  return { value: undefined, pointer: BREAKOUT_HOST, facts: [] };
}
