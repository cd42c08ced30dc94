import { defineRule } from '../src/engine/define-rule';
import { peopleText } from '../src/engine/name-list';
import type { Mediation } from '../src/model/meeting-schema';
import { isGiven } from '../src/model/is-given';
import { PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const POINTER = '/settings/alternative_hosts';

/** The disclosed participants' emails, trimmed and lower-cased (hosts are compared case-insensitively). */
function disclosedEmails(meeting: { mediation?: Mediation }): ReadonlySet<string> {
  return new Set((meeting.mediation?.participants ?? []).flatMap((p) => (p.email ? [p.email.trim().toLowerCase()] : [])));
}

export default defineRule({
  id: 'hosts-disclosed',
  severity: 'warning',
  summary: 'Every alternative host is one of the disclosed participants.',
  rationale:
    'An alternative host can start the meeting, admit people from the waiting room and record it. The agreement names everyone who attends or can hear in advance; ' +
    'someone with host powers who is not on that list can let others in or listen unseen.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → Alternative hosts: remove anyone who is not a disclosed participant, or disclose them to everyone. In the file: settings.alternative_hosts, and each host\'s email under mediation.participants. ' +
    'Teams: Meeting options → Choose co-organizers: only disclosed participants. Webex: turn off "Any user with a host account can be a cohost" and "First attendee to join can be a cohost" (allowAnyUserToBeCoHost, allowFirstUserToBeCoHost: false), and name as cohost on the invitation only disclosed participants.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING],
  history:
    'Added to the profile current in the second release. The April 2020 agreement asks that everyone attending or able to hear be named in advance; nothing compared that list with the people Zoom gives host powers.',
  messages: {
    stranger: '{who} can host the meeting but {is} not among the disclosed participants (settings.alternative_hosts; compared with mediation.participants[].email).',
    none: 'The meeting has no alternative hosts.',
    disclosed: 'Every alternative host ({count}) is a disclosed participant.',
    missing: 'Not known whether the meeting has alternative hosts: add settings.alternative_hosts ("" for none).',
    teamsStranger: '{who} can run the meeting as co-organizer but {is} not among the disclosed participants (participants.attendees[].role is coorganizer; compared with mediation.participants[].email).',
    teamsNone: 'The meeting has no co-organizers.',
    teamsDisclosed: 'Every co-organizer ({count}) is a disclosed participant.',
    teamsMissing: 'Not known who can run the meeting as co-organizer: add participants.attendees with their role (read with Prefer: include-unknown-enum-members, or coorganizer shows as unknownFutureValue).',
    webexAnyone: 'Anyone with a host account on the Webex site can become co-host (allowAnyUserToBeCoHost is true), whether disclosed or not.',
    webexFirst: 'The first person to join becomes co-host (allowFirstUserToBeCoHost is true), whether disclosed or not.',
    webexHost: '{who} hosts the meeting but {is} not among the disclosed participants (hostEmail; compared with mediation.participants[].email).',
    webexInvitees: 'Nobody becomes co-host by joining, but co-hosts named on the invitation are not in the meeting object (they are meeting invitees with coHost): check them against the disclosed participants.',
    webexMissing: 'Not known who can become co-host: add allowAnyUserToBeCoHost and allowFirstUserToBeCoHost (false).',
  },
  check(meeting, { pass, fail, unknown }) {
    const list = meeting.settings?.alternative_hosts;
    if (list === undefined) return unknown('missing', POINTER);
    const hosts = list.split(/[;,]/).map((address) => address.trim()).filter((address) => address !== '');
    if (hosts.length === 0) return pass('none', POINTER);
    const disclosed = disclosedEmails(meeting);
    const strangers = hosts.filter((address) => !disclosed.has(address.toLowerCase()));
    if (strangers.length > 0) {
      // A few addresses, each cut short: the list comes from the input and may be long.
      return fail('stranger', POINTER, { who: peopleText(strangers), is: strangers.length === 1 ? 'is' : 'are' });
    }
    return pass('disclosed', POINTER, { count: hosts.length });
  },
  teams(meeting, { pass, fail, unknown }) {
    const attendees = meeting.participants?.attendees;
    if (!attendees || attendees.some((a) => !isGiven(a.role))) return unknown('teamsMissing', '/participants/attendees');
    const hosts = attendees.flatMap((a, i) => (a.role === 'coorganizer' ? [{ i, upn: (a.upn ?? '').trim() }] : []));
    if (hosts.length === 0) return pass('teamsNone', '/participants/attendees');
    const disclosed = disclosedEmails(meeting);
    const strangers = hosts.filter((h) => !disclosed.has(h.upn.toLowerCase()));
    if (strangers.length > 0) {
      const who = peopleText(strangers.map((h) => h.upn || `Attendee ${h.i + 1}`));
      return fail('teamsStranger', `/participants/attendees/${strangers[0]!.i}/upn`, { who, is: strangers.length === 1 ? 'is' : 'are' });
    }
    return pass('teamsDisclosed', '/participants/attendees', { count: hosts.length });
  },
  // Webex's meeting object shows automatic co-hosts and the host, not the co-hosts named on the invitation: never a pass.
  webex(meeting, { fail, unknown }) {
    const facts = ['/allowAnyUserToBeCoHost', '/allowFirstUserToBeCoHost', '/hostEmail'];
    if (meeting.allowAnyUserToBeCoHost === true) return fail('webexAnyone', '/allowAnyUserToBeCoHost', {}, facts);
    if (meeting.allowFirstUserToBeCoHost === true) return fail('webexFirst', '/allowFirstUserToBeCoHost', {}, facts);
    const host = meeting.hostEmail?.trim();
    if (host) {
      const disclosed = disclosedEmails(meeting);
      if (!disclosed.has(host.toLowerCase())) return fail('webexHost', '/hostEmail', { who: peopleText([host]), is: 'is' }, facts);
    }
    if (meeting.allowAnyUserToBeCoHost === false && meeting.allowFirstUserToBeCoHost === false) return unknown('webexInvitees', '/allowAnyUserToBeCoHost', {}, facts);
    return unknown('webexMissing', meeting.allowAnyUserToBeCoHost === false ? '/allowFirstUserToBeCoHost' : '/allowAnyUserToBeCoHost', {}, facts);
  },
});
