import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import type { Mediation } from '../src/model/meeting-schema';
import { peopleText } from '../src/engine/name-list';
import { PROPER_USE_POST } from './sources';

/** Reads only the mediation block: the same decision on every platform. */
function decide(meeting: { mediation?: Mediation }, { pass, fail, unknown }: Verdicts<'none' | 'public' | 'unsure' | 'private'>): Outcome {
  const participants = meeting.mediation?.participants ?? [];
  if (participants.length === 0) return unknown('none', '/mediation/participants');
  // Everyone on a public network and everyone whose network is not known, so one round of fixes is enough.
  const onPublic: number[] = [];
  const unsure: number[] = [];
  participants.forEach((p, i) => {
    if (p.network === 'public') onPublic.push(i);
    else if (p.network !== 'private' && p.network !== 'vpn') unsure.push(i);
  });
  // Counted from 1, as a mediator counts; a name from the file when there is one.
  const nameOf = (i: number) => (participants[i]!.name ?? '').trim() || `Participant ${i + 1}`;
  const unsureText = () => {
    const one = unsure.length === 1;
    return { who: peopleText(unsure.map(nameOf)), has: one ? 'has' : 'have', them: one ? 'them' : 'each' };
  };
  if (onPublic.length > 0) {
    const also = unsure.length === 0 ? '' : (({ who, has }) => ` Also, ${who} ${has} no known network: add network: private, vpn or public.`)(unsureText());
    return fail('public', `/mediation/participants/${onPublic[0]}/network`, {
      who: peopleText(onPublic.map(nameOf)),
      verb: onPublic.length === 1 ? 'joins' : 'join',
      alsoUnsure: also,
    });
  }
  if (unsure.length > 0) return unknown('unsure', `/mediation/participants/${unsure[0]}/network`, unsureText());
  return pass('private', '/mediation/participants', { count: participants.length });
}

export default defineRule({
  id: 'private-network',
  severity: 'error',
  summary: 'Nobody joins from a public network.',
  rationale:
    'On a public network (a hotel, café or airport) others can see, intercept or tamper with traffic, and the room itself may not be private. ' +
    'Each participant should join from a private network, or through a VPN.',
  fix:
    'Not a Zoom setting: ask each participant on a public network (a hotel, café or airport Wi-Fi) to join from a private network or through a VPN, and ask those whose network is not known. In the file: network: private, vpn or public for each person under mediation.participants.',
  sources: [PROPER_USE_POST],
  history:
    'In the April 2020 proper-use list (no public networks). Institutional guidance on virtual hearings since (ICC, Seoul Protocol, CIArb) says the same. In both profiles.',
  messages: {
    public: '{who} {verb} from a public network.{alsoUnsure}',
    private: 'All {count} participants join from a private network or a VPN.',
    none: 'No participants are listed: add mediation.participants with each person\'s network (private, vpn or public).',
    unsure: '{who} {has} no known network: add network: private, vpn or public for {them} under mediation.participants.',
  },
  check: decide,
  teams: decide,
  webex: decide,
});
