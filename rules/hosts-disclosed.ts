import { defineRule } from '../src/engine/define-rule';
import { peopleText } from '../src/engine/name-list';
import { PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const POINTER = '/settings/alternative_hosts';

export default defineRule({
  id: 'hosts-disclosed',
  severity: 'warning',
  summary: 'Every alternative host is one of the disclosed participants.',
  rationale:
    'An alternative host can start the meeting, admit people from the waiting room and record it. The agreement names everyone who attends or can hear in advance; ' +
    'someone with host powers who is not on that list can let others in or listen unseen.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → Alternative hosts: remove anyone who is not a disclosed participant, or disclose them to everyone. In the file: settings.alternative_hosts, and each host\'s email under mediation.participants.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING],
  history:
    'Added to the profile current in the second release. The April 2020 agreement asks that everyone attending or able to hear be named in advance; nothing compared that list with the people Zoom gives host powers.',
  messages: {
    stranger: '{who} can host the meeting but {is} not among the disclosed participants (settings.alternative_hosts; compared with mediation.participants[].email).',
    none: 'The meeting has no alternative hosts.',
    disclosed: 'Every alternative host ({count}) is a disclosed participant.',
    missing: 'Not known whether the meeting has alternative hosts: add settings.alternative_hosts ("" for none).',
  },
  check(meeting, { pass, fail, unknown }) {
    const list = meeting.settings?.alternative_hosts;
    if (list === undefined) return unknown('missing', POINTER);
    const hosts = list.split(/[;,]/).map((address) => address.trim()).filter((address) => address !== '');
    if (hosts.length === 0) return pass('none', POINTER);
    const disclosed = new Set((meeting.mediation?.participants ?? []).flatMap((p) => (p.email ? [p.email.trim().toLowerCase()] : [])));
    const strangers = hosts.filter((address) => !disclosed.has(address.toLowerCase()));
    if (strangers.length > 0) {
      // A few addresses, each cut short: the list comes from the input and may be long.
      return fail('stranger', POINTER, { who: peopleText(strangers), is: strangers.length === 1 ? 'is' : 'are' });
    }
    return pass('disclosed', POINTER, { count: hosts.length });
  },
});
