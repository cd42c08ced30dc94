import rule from '../../rules/dial-in-passcode';
import { testRule } from '../helpers/rule-tester';

const AUDIO = '/settings/audio';
const PHONE = '/host_settings/meeting_security/phone_password';
const meeting = (audio: string | null, phone: boolean | null) =>
  (audio === null ? 'topic: x\n' : `settings:\n  audio: ${audio}\n`) + (phone === null ? '' : `host_settings:\n  meeting_security:\n    phone_password: ${phone}\n`);

testRule(rule, [
  { name: 'computer audio only', yaml: meeting('voip', false), status: 'pass', messageId: 'voip', pointer: AUDIO, line: 2, column: 3, evidence: [{ pointer: AUDIO, level: 'meeting', locked: null }] },
  {
    name: 'phone passcode required',
    yaml: meeting('both', true) + 'locks:\n  meeting_security:\n    phone_password: true\n',
    status: 'pass',
    messageId: 'required',
    pointer: PHONE,
    line: 5,
    column: 5,
    evidence: [{ pointer: PHONE, level: 'user', locked: true }],
  },
  { name: 'phone passcode required, audio not given', yaml: meeting(null, true), status: 'pass', messageId: 'required', pointer: PHONE, line: 4, column: 5 },
  {
    name: 'A5: both audio, no phone passcode',
    yaml: meeting('both', false),
    status: 'fail',
    messageId: 'open',
    pointer: PHONE,
    line: 5,
    column: 5,
    message: 'phone audio (both)',
    evidence: [
      { pointer: AUDIO, level: 'meeting', locked: null },
      { pointer: PHONE, level: 'user', locked: null },
    ],
  },
  { name: 'telephone only, no phone passcode', yaml: meeting('telephony', false), status: 'fail', messageId: 'open', pointer: PHONE, line: 5, column: 5 },
  { name: 'third-party audio, no phone passcode', yaml: meeting('thirdParty', false), status: 'unknown', messageId: 'thirdParty', pointer: AUDIO, line: 2, column: 3 },
  { name: 'audio given, host setting not', yaml: meeting('both', null), status: 'unknown', messageId: 'noHostSetting', pointer: PHONE, line: 1, column: 1, message: 'phone audio (both)' },
  { name: 'nothing given', yaml: meeting(null, null), status: 'unknown', messageId: 'missing', pointer: AUDIO, line: 1, column: 1 },
  { name: 'no phone passcode, audio not given', yaml: meeting(null, false), status: 'unknown', messageId: 'missing', pointer: AUDIO, line: 1, column: 1 },
  // Teams: callers dial the conference ID and are asked for no passcode; the lobby holds them or not.
  { name: 'teams: callers wait in the lobby', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: organization\n  isDialInBypassEnabled: false\n', status: 'pass', messageId: 'teamsLobby', pointer: '/lobbyBypassSettings/isDialInBypassEnabled', line: 4, column: 3, message: 'scope is organization' },
  { name: 'teams: callers bypass the lobby', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: organizer\n  isDialInBypassEnabled: true\naudioConferencing:\n  conferenceId: "4471205"\n', status: 'fail', messageId: 'teamsBypass', pointer: '/lobbyBypassSettings/isDialInBypassEnabled', line: 4, column: 3 },
  { name: 'teams: nobody waits, and there is a phone leg', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: everyone\n  isDialInBypassEnabled: false\naudioConferencing:\n  tollNumbers: ["+1 555 0100"]\n', status: 'fail', messageId: 'teamsEveryone', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: 'teams: callers would bypass, phone leg not given', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: organizer\n  isDialInBypassEnabled: true\naudioConferencing: null\n', status: 'unknown', messageId: 'teamsNoPhone', pointer: '/audioConferencing', line: 5, column: 1 },
  { name: 'teams: scope unknownFutureValue', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: unknownFutureValue\n  isDialInBypassEnabled: false\n', status: 'unknown', messageId: 'teamsMissing', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: 'teams: dial-in bypass not given', yaml: 'platform: teams\nlobbyBypassSettings:\n  scope: organizer\n', status: 'unknown', messageId: 'teamsMissing', pointer: '/lobbyBypassSettings/isDialInBypassEnabled', line: 2, column: 1 },
  // Webex: computer audio only passes; whether callers must enter the numeric password is a site setting.
  { name: 'webex: computer audio only', yaml: 'platform: webex\naudioConnectionOptions:\n  audioConnectionType: VoIP\n', status: 'pass', messageId: 'webexVoip', pointer: '/audioConnectionOptions/audioConnectionType', line: 3, column: 3 },
  { name: 'webex: phone audio, empty phone password', yaml: 'platform: webex\nphoneAndVideoSystemPassword: ""\naudioConnectionOptions:\n  audioConnectionType: webexAudio\n', status: 'fail', messageId: 'webexNoPassword', pointer: '/phoneAndVideoSystemPassword', line: 2, column: 1 },
  { name: 'webex: phone audio with a phone password', yaml: 'platform: webex\nphoneAndVideoSystemPassword: "47290518"\naudioConnectionOptions:\n  audioConnectionType: webexAudio\n', status: 'unknown', messageId: 'webexPhone', pointer: '/audioConnectionOptions/audioConnectionType', line: 4, column: 3, message: 'site setting' },
  { name: 'webex: third-party audio', yaml: 'platform: webex\naudioConnectionOptions:\n  audioConnectionType: other\n', status: 'unknown', messageId: 'webexPhone', pointer: '/audioConnectionOptions/audioConnectionType', line: 3, column: 3 },
  { name: 'webex: audio not given', yaml: 'platform: webex\ntitle: x\n', status: 'unknown', messageId: 'webexMissing', pointer: '/audioConnectionOptions/audioConnectionType', line: 1, column: 1 },
]);
