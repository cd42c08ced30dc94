import { defineRule } from '../src/engine/define-rule';
import { PROPER_USE_POST } from './sources';

const BREAKOUT = '/settings/breakout_room/enable';
const CARVE_OUT = '/mediation/agreement/private_caucus_carve_out';

export default defineRule({
  id: 'breakout-rooms-carve-out',
  severity: 'warning',
  summary: 'Breakout rooms (private caucus) only when the agreement carves caucus out of "everyone hears everything".',
  rationale:
    'The proper-use agreement says every communication in the mediation is heard by all. Breakout rooms exist precisely so that some are not: ' +
    'without an express carve-out for private caucus, the agreement and the meeting contradict each other.',
  fix: 'Either turn breakout rooms off (settings.breakout_room.enable: false), or add a private-caucus carve-out to the agreement and record mediation.agreement.private_caucus_carve_out: true.',
  sources: [PROPER_USE_POST],
  history: 'Part of the profile current (2026). A reader of the April 2020 post asked whether breakout rooms were consistent with its clause that all communications are heard by all; this rule makes the agreement answer.',
  messages: {
    none: 'Breakout rooms are off, so there is no conflict with the agreement.',
    carved: 'Breakout rooms are on, and the agreement carves private caucus out.',
    refused: 'Breakout rooms are on, but the agreement does not carve private caucus out (private_caucus_carve_out is false).',
    conflict: 'Breakout rooms are on, yet the agreement says all communications are heard by all, with no carve-out for private caucus.',
    noAgreement: 'Breakout rooms are on, but nothing is known of the agreement: add mediation.agreement.private_caucus_carve_out.',
    missing: 'Not known whether breakout rooms are on: add settings.breakout_room.enable.',
  },
  check(meeting, { pass, fail, unknown }) {
    const enabled = meeting.settings?.breakout_room?.enable;
    if (enabled === false) return pass('none', BREAKOUT);
    if (enabled !== true) return unknown('missing', BREAKOUT);
    const agreement = meeting.mediation?.agreement;
    if (agreement?.private_caucus_carve_out === true) return pass('carved', CARVE_OUT);
    if (agreement?.private_caucus_carve_out === false) return fail('refused', CARVE_OUT);
    if (agreement?.communications_heard_by_all === true) return fail('conflict', '/mediation/agreement/communications_heard_by_all');
    return unknown('noAgreement', CARVE_OUT);
  },
});
