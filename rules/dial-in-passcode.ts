import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { isGiven } from '../src/model/is-given';
import type { TeamsMeeting } from '../src/model/teams-schema';
import { CIS_ZOOM, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

const AUDIO = '/settings/audio';
const PHONE_PASSWORD = '/host_settings/meeting_security/phone_password';
const DIAL_IN_BYPASS = '/lobbyBypassSettings/isDialInBypassEnabled';
const SCOPE = '/lobbyBypassSettings/scope';
const CONFERENCING = '/audioConferencing';
const WEBEX_AUDIO = '/audioConnectionOptions/audioConnectionType';
const WEBEX_PHONE_PASSWORD = '/phoneAndVideoSystemPassword';

/** Graph fills audioConferencing with the dial-in details when the meeting has a phone leg. */
function hasDialIn(meeting: TeamsMeeting): boolean {
  const a = meeting.audioConferencing;
  if (!a) return false;
  return [a.conferenceId, a.dialinUrl, a.tollNumber, a.tollFreeNumber].some((v) => typeof v === 'string' && v !== '') || (a.tollNumbers?.length ?? 0) > 0 || (a.tollFreeNumbers?.length ?? 0) > 0;
}

const ASK_CALLERS = byHand('Ask callers for a passcode (a setting of the host).', 'Zoom web portal: Settings → Meeting → Security → "Require passcode for participants joining by phone": on');

export default defineRule({
  id: 'dial-in-passcode',
  severity: 'error',
  summary: 'Phone callers need a passcode too.',
  rationale:
    'A meeting that takes phone audio can be joined by dialling in with the meeting ID alone, unless the host requires a passcode for phone callers. ' +
    'A leaked meeting ID, without the passcode, then lets a stranger listen to the whole session. ' +
    'Teams asks callers for no passcode at all: there the lobby is what keeps a caller with the conference ID out.',
  fix:
    'Zoom web portal: Settings → Meeting → Security → "Require passcode for participants joining by phone" (on); or, for this meeting, Meetings → your meeting → Edit → Audio → Computer Audio only. In the file: host_settings.meeting_security.phone_password: true, or settings.audio: voip. ' +
    'Teams has no passcode for callers, who dial the conference ID: the lobby is the control. Meeting options → "People dialing in can bypass the lobby": off, and "Who can bypass the lobby" not "Everyone" (lobbyBypassSettings.isDialInBypassEnabled: false, scope not everyone). ' +
    'Webex: schedule with computer audio only (audioConnectionOptions.audioConnectionType: VoIP), as the end-to-end encrypted VoIP-only session type does.',
  sources: [ZOOM_API_USER_SETTINGS, ZOOM_API_MEETING, CIS_ZOOM],
  history:
    'Added to the profile current in the second release, after a review found that passcode-required passed meetings that phone callers could join with the ID alone. CIS Zoom 1.1.1.10 asks for a phone passcode.',
  messages: {
    open: 'Phone callers can join with the meeting ID alone: the meeting takes phone audio ({audio}) and the host does not require a phone passcode.',
    voip: 'The meeting takes computer audio only, so nobody dials in.',
    required: 'Phone callers must enter a passcode (the host setting meeting_security.phone_password is on).',
    thirdParty: 'Audio runs on a third-party conference bridge (settings.audio is thirdParty), whose passcodes Zoom does not know: check the bridge.',
    noHostSetting: 'The meeting takes phone audio ({audio}), but it is not known whether callers need a passcode: add the host\'s meeting_security.phone_password.',
    missing: 'Not known whether phone callers need a passcode: add settings.audio (voip), or the host\'s meeting_security.phone_password (true).',
    teamsBypass: 'Phone callers skip the lobby with the conference ID alone (lobbyBypassSettings.isDialInBypassEnabled is true); Teams asks callers for no passcode.',
    teamsEveryone: 'Phone callers walk straight in with the conference ID alone: nobody waits in the lobby (lobbyBypassSettings.scope is everyone).',
    teamsNoPhone: 'Callers would not wait in the lobby, but it is not known whether the meeting takes phone callers: add audioConferencing (or set isDialInBypassEnabled false and a scope other than everyone).',
    teamsLobby: 'Phone callers wait in the lobby until someone admits them (isDialInBypassEnabled is false, scope is {scope}); Teams asks callers for no passcode, so the lobby is what holds them.',
    teamsMissing: 'Not known whether phone callers wait in the lobby: add lobbyBypassSettings.isDialInBypassEnabled (false) and lobbyBypassSettings.scope.',
    webexVoip: 'Nobody dials in: the meeting takes computer audio only, or none (audioConnectionType is {type}).',
    webexNoPassword: 'The meeting takes Webex phone audio but has no numeric password for phones (phoneAndVideoSystemPassword is empty).',
    webexPhone: 'The meeting takes phone audio ({type}); whether callers must enter the numeric password is a Webex site setting the meeting object does not show: check it, or schedule with computer audio only (VoIP).',
    webexMissing: 'Not known whether the meeting takes phone callers: add audioConnectionOptions.audioConnectionType (VoIP for computer audio only).',
  },
  check(meeting, { pass, fail, unknown }) {
    const audio = meeting.settings?.audio;
    const required = meeting.host_settings?.meeting_security?.phone_password;
    if ((audio === 'both' || audio === 'telephony') && required === false) return fail('open', PHONE_PASSWORD, { audio }, [AUDIO, PHONE_PASSWORD], ASK_CALLERS);
    if (audio === 'voip') return pass('voip', AUDIO);
    if (required === true) return pass('required', PHONE_PASSWORD);
    if (audio === 'thirdParty') return unknown('thirdParty', AUDIO);
    if (audio !== undefined) return unknown('noHostSetting', PHONE_PASSWORD, { audio }, [AUDIO]);
    return unknown('missing', AUDIO, {}, [PHONE_PASSWORD]);
  },
  teams(meeting, { pass, fail, unknown }) {
    const bypass = meeting.lobbyBypassSettings?.isDialInBypassEnabled;
    const scope = meeting.lobbyBypassSettings?.scope;
    const facts = [DIAL_IN_BYPASS, SCOPE, CONFERENCING];
    // Graph writes null for a meeting without dial-in, and a file may just leave it out: a phone leg is only known when given.
    if (bypass === true || scope === 'everyone') {
      if (!hasDialIn(meeting)) return unknown('teamsNoPhone', CONFERENCING, {}, facts);
      return bypass === true ? fail('teamsBypass', DIAL_IN_BYPASS, {}, facts) : fail('teamsEveryone', SCOPE, {}, facts);
    }
    if (bypass === false && isGiven(scope)) return pass('teamsLobby', DIAL_IN_BYPASS, { scope }, [DIAL_IN_BYPASS, SCOPE]);
    return unknown('teamsMissing', bypass === false ? SCOPE : DIAL_IN_BYPASS, {}, [DIAL_IN_BYPASS, SCOPE]);
  },
  webex(meeting, { pass, fail, unknown }) {
    const type = meeting.audioConnectionOptions?.audioConnectionType;
    if (type === 'VoIP' || type === 'none') return pass('webexVoip', WEBEX_AUDIO, { type });
    if (type === 'webexAudio' && meeting.phoneAndVideoSystemPassword === '') return fail('webexNoPassword', WEBEX_PHONE_PASSWORD, {}, [WEBEX_AUDIO, WEBEX_PHONE_PASSWORD]);
    // `other` is a third-party bridge; with Webex audio, requiring the numeric password is a site setting (not in the REST meeting).
    if (type !== undefined) return unknown('webexPhone', WEBEX_AUDIO, { type }, [WEBEX_AUDIO, WEBEX_PHONE_PASSWORD]);
    return unknown('webexMissing', WEBEX_AUDIO);
  },
});
