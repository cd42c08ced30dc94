import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import { breakoutRoomsPossible, type Derived } from '../src/model/derived';
import type { Mediation } from '../src/model/meeting-schema';
import { PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

const CARVE_OUT = '/mediation/agreement/private_caucus_carve_out';

/** The agreement side, the same on every platform once each says whether rooms are possible. */
function carveOut(
  meeting: { mediation?: Mediation },
  rooms: Derived<boolean>,
  missing: 'missing' | 'teamsMissing' | 'webexMissing',
  { pass, fail, unknown }: Verdicts<'none' | 'carved' | 'refused' | 'conflict' | 'noCarveOut' | 'missing' | 'teamsMissing' | 'webexMissing'>,
): Outcome {
  if (rooms.value === false) return pass('none', rooms.pointer, {}, rooms.facts);
  if (rooms.value === undefined) return unknown(missing, rooms.pointer, {}, rooms.facts);
  const agreement = meeting.mediation?.agreement;
  if (agreement?.private_caucus_carve_out === true) return pass('carved', CARVE_OUT, {}, rooms.facts);
  if (agreement?.private_caucus_carve_out === false) return fail('refused', CARVE_OUT, {}, rooms.facts);
  if (agreement?.communications_heard_by_all === true) return fail('conflict', '/mediation/agreement/communications_heard_by_all', {}, rooms.facts);
  return fail('noCarveOut', rooms.pointer, {}, rooms.facts);
}

export default defineRule({
  id: 'breakout-rooms-carve-out',
  severity: 'warning',
  summary: 'Breakout rooms (private caucus) only when the agreement carves caucus out of "everyone hears everything".',
  rationale:
    'The proper-use agreement says every communication in the mediation is heard by all. Breakout rooms exist precisely so that some are not: ' +
    'without an express carve-out for private caucus, the agreement and the meeting contradict each other. ' +
    'Whether the host can open breakout rooms is the host setting in_meeting.breakout_room; the meeting\'s settings.breakout_room.enable only pre-assigns people to rooms.',
  fix:
    'Zoom web portal: either turn breakout rooms off (Settings → Meeting → In Meeting (Advanced) → Breakout room, and no "Breakout Room pre-assign" under Meetings → your meeting → Edit → Options), or add a private-caucus carve-out to the mediation agreement. In the file: host_settings.in_meeting.breakout_room: false and no settings.breakout_room.enable: true, or mediation.agreement.private_caucus_carve_out: true.',
  sources: [PROPER_USE_POST, ZOOM_API_USER_SETTINGS, ZOOM_API_MEETING],
  history:
    'Part of the profile current (2026). A reader of the April 2020 post asked whether breakout rooms were consistent with its clause that all communications are heard by all; this rule makes the agreement answer. ' +
    'Second release: reads the host\'s breakout-room feature, not the meeting\'s pre-assign option, which is off for a mediator who opens caucus rooms during the session.',
  messages: {
    none: 'The host cannot open breakout rooms, so there is no conflict with the agreement.',
    carved: 'Breakout rooms are possible, and the agreement carves private caucus out.',
    refused: 'Breakout rooms are possible, but the agreement does not carve private caucus out (private_caucus_carve_out is false).',
    conflict: 'Breakout rooms are possible, yet the agreement says all communications are heard by all, with no carve-out for private caucus.',
    noCarveOut: 'Breakout rooms are possible, and no carve-out for private caucus is recorded: add mediation.agreement.private_caucus_carve_out (true) once the agreement has one.',
    missing: 'Not known whether the host can open breakout rooms: add host_settings.in_meeting.breakout_room.',
    teamsMissing: 'Not known whether breakout rooms are allowed: add allowBreakoutRooms.',
    webexMissing: 'Not known whether breakout sessions are allowed: add enabledBreakoutSessions.',
  },
  check(meeting, context) {
    return carveOut(meeting, breakoutRoomsPossible(meeting), 'missing', context);
  },
  teams(meeting, context) {
    return carveOut(meeting, { value: meeting.allowBreakoutRooms ?? undefined, pointer: '/allowBreakoutRooms', facts: ['/allowBreakoutRooms'] }, 'teamsMissing', context);
  },
  webex(meeting, context) {
    return carveOut(meeting, { value: meeting.enabledBreakoutSessions, pointer: '/enabledBreakoutSessions', facts: ['/enabledBreakoutSessions'] }, 'webexMissing', context);
  },
});
