import { defineRule } from '../src/engine/define-rule';
import { PROPER_USE_POST } from './sources';

export default defineRule({
  id: 'private-network',
  severity: 'error',
  summary: 'Nobody joins from a public network.',
  rationale:
    'On a public network (a hotel, café or airport) others can see, intercept or tamper with traffic, and the room itself may not be private. ' +
    'Each participant should join from a private network, or through a VPN.',
  fix: 'Ask the participant on a public network to join from a private network or through a VPN, then record network: private or vpn.',
  sources: [PROPER_USE_POST],
  history:
    'In the April 2020 proper-use list (no public networks). Institutional guidance on virtual hearings since (ICC, Seoul Protocol, CIArb) says the same. In both profiles.',
  messages: {
    public: 'Participant {who} joins from a public network.',
    private: 'All {count} participants join from a private network or a VPN.',
    none: 'No participants are listed: add mediation.participants with each person\'s network (private, vpn or public).',
    unsure: '{count} of the participants have no known network: set network to private, vpn or public for each.',
  },
  check(meeting, { pass, fail, unknown }) {
    const participants = meeting.mediation?.participants ?? [];
    const publicIndex = participants.findIndex((p) => p.network === 'public');
    if (publicIndex >= 0) {
      const who = participants[publicIndex]!.name ?? `#${publicIndex + 1}`;
      return fail('public', `/mediation/participants/${publicIndex}/network`, { who });
    }
    if (participants.length === 0) return unknown('none', '/mediation/participants');
    const unsure = participants.findIndex((p) => p.network !== 'private' && p.network !== 'vpn');
    if (unsure >= 0) {
      const count = participants.filter((p) => p.network !== 'private' && p.network !== 'vpn').length;
      return unknown('unsure', `/mediation/participants/${unsure}/network`, { count });
    }
    return pass('private', '/mediation/participants', { count: participants.length });
  },
});
