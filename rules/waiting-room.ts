import { defineRule } from '../src/engine/define-rule';
import { CIS_ZOOM, CITIZEN_LAB_2020, FBI_2020, ZOOM_SECURITY_OPTION } from './sources';

const POINTER = '/settings/waiting_room';

export default defineRule({
  id: 'waiting-room',
  severity: 'error',
  summary: 'A waiting room holds everyone until the host admits them.',
  rationale:
    'With a waiting room the mediator sees each person before they hear anything, and can keep a party out until the other side is ready. ' +
    'The flaw that made the April 2020 advice avoid it (video leaking to people still waiting) was fixed by Zoom on 7 April 2020; ' +
    'since then every published guide asks for a waiting room alongside the passcode.',
  fix: 'Set settings.waiting_room to true, and admit only the people disclosed for this mediation.',
  sources: [CITIZEN_LAB_2020, FBI_2020, CIS_ZOOM, ZOOM_SECURITY_OPTION],
  history:
    'Replaces no-waiting-room in the profile current. Citizen Lab reported the waiting-room leak on 3 and 8 April 2020; Zoom fixed it server-side on 7 April 2020 and turned waiting rooms on by default for many accounts that month. CIS (1.1.1.2) and US government settings guides ask for it.',
  messages: {
    on: 'The waiting room is on.',
    off: 'There is no waiting room (settings.waiting_room is false).',
    missing: 'Not known whether there is a waiting room: add settings.waiting_room (true).',
  },
  check(meeting, { pass, fail, unknown }) {
    const value = meeting.settings?.waiting_room;
    if (value === false) return fail('off', POINTER);
    if (value === true) return pass('on', POINTER);
    return unknown('missing', POINTER);
  },
});
