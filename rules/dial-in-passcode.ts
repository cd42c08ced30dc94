import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { CIS_ZOOM, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

const AUDIO = '/settings/audio';
const PHONE_PASSWORD = '/host_settings/meeting_security/phone_password';
const ASK_CALLERS = byHand('Ask callers for a passcode (a setting of the host).', 'Zoom web portal: Settings → Meeting → Security → "Require passcode for participants joining by phone": on');

export default defineRule({
  id: 'dial-in-passcode',
  severity: 'error',
  summary: 'Phone callers need a passcode too.',
  rationale:
    'A meeting that takes phone audio can be joined by dialling in with the meeting ID alone, unless the host requires a passcode for phone callers. ' +
    'A leaked meeting ID, without the passcode, then lets a stranger listen to the whole session.',
  fix:
    'Zoom web portal: Settings → Meeting → Security → "Require passcode for participants joining by phone" (on); or, for this meeting, Meetings → your meeting → Edit → Audio → Computer Audio only. In the file: host_settings.meeting_security.phone_password: true, or settings.audio: voip.',
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
});
