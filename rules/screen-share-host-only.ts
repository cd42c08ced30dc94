import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { isGiven } from '../src/model/is-given';
import { CIS_ZOOM, FBI_2020, ZOOM_API_USER_SETTINGS } from './sources';

const PRESENTERS = '/allowedPresenters';
const SHARE = '/attendeePrivileges/enabledShareContent';

const WHO = '/host_settings/in_meeting/who_can_share_screen';
const HOST_ONLY = byHand('Let only the host share the screen (a setting of the host).', 'Zoom web portal: Settings → Meeting → In Meeting (Basic) → Screen sharing → "Who can share?": Host Only');

export default defineRule({
  id: 'screen-share-host-only',
  severity: 'warning',
  summary: 'Only the host (the mediator) can share a screen.',
  rationale:
    'A participant who can share their screen can show documents to everyone by mistake, including a party\'s confidential caucus notes, or disrupt the session.',
  fix:
    'Zoom web portal: Settings → Meeting → In Meeting (Basic) → Screen sharing → "Who can share?": Host Only (the host can still let a participant share during the meeting). In the file: host_settings.in_meeting.who_can_share_screen: host.',
  sources: [FBI_2020, CIS_ZOOM, ZOOM_API_USER_SETTINGS],
  history: 'Part of the profile current (2026). The FBI (March 2020) and CIS Zoom 1.1.3.4.x ask for host-only sharing; Zoom made it the default for free and single-licence accounts in 2020.',
  messages: {
    all: 'Every participant can share a screen (who_can_share_screen is all).',
    host: 'Only the host can share a screen.',
    disabled: 'Screen sharing is off.',
    missing: 'Not known who can share a screen: add host_settings.in_meeting.who_can_share_screen (host).',
    teamsEveryone: 'Not only the organizer can present: allowedPresenters is {value}.',
    teamsPresenters: 'Attendees given the presenter role can present ({who}).',
    teamsOrganizer: 'Only the organizer can present (allowedPresenters is {value}).',
    teamsMissing: 'Not known who can present: add allowedPresenters (organizer).',
    webexAll: 'Every attendee can share content (attendeePrivileges.enabledShareContent is true).',
    webexHost: 'Attendees cannot share content (attendeePrivileges.enabledShareContent is false).',
    webexMissing: 'Not known whether attendees can share content: add attendeePrivileges.enabledShareContent (false).',
  },
  check(meeting, { pass, fail, unknown }) {
    const inMeeting = meeting.host_settings?.in_meeting;
    if (inMeeting?.screen_sharing === false) return pass('disabled', '/host_settings/in_meeting/screen_sharing');
    if (inMeeting?.who_can_share_screen === 'all') return fail('all', WHO, {}, undefined, HOST_ONLY);
    if (inMeeting?.who_can_share_screen === 'host') return pass('host', WHO);
    return unknown('missing', WHO);
  },
  teams(meeting, { pass, fail, unknown }) {
    const value = meeting.allowedPresenters;
    if (value === 'everyone' || value === 'organization') return fail('teamsEveryone', PRESENTERS, { value });
    if (value === 'organizer') return pass('teamsOrganizer', PRESENTERS, { value });
    if (value === 'roleIsPresenter') {
      const attendees = meeting.participants?.attendees;
      if (!attendees) return unknown('teamsMissing', '/participants/attendees', {}, [PRESENTERS]);
      const presenters = attendees.flatMap((a, i) => (a.role === 'presenter' || a.role === 'coorganizer' ? [i] : []));
      if (presenters.length > 0) {
        return fail('teamsPresenters', `/participants/attendees/${presenters[0]}/role`, { who: `${presenters.length} attendee${presenters.length === 1 ? '' : 's'}` }, [PRESENTERS]);
      }
      if (attendees.some((a) => !isGiven(a.role))) return unknown('teamsMissing', '/participants/attendees', {}, [PRESENTERS]);
      return pass('teamsOrganizer', PRESENTERS, { value }, [PRESENTERS, '/participants/attendees']);
    }
    return unknown('teamsMissing', PRESENTERS);
  },
  webex(meeting, { pass, fail, unknown }) {
    const value = meeting.attendeePrivileges?.enabledShareContent;
    if (value === true) return fail('webexAll', SHARE);
    if (value === false) return pass('webexHost', SHARE);
    return unknown('webexMissing', SHARE);
  },
});
