import { defineRule } from '../src/engine/define-rule';
import { setFields } from '../src/engine/fix';
import { breakoutRoomsPossible } from '../src/model/derived';
import { CITIZEN_LAB_2020, ZOOM_E2EE, ZOOM_E2EE_SUPPORT } from './sources';

const TEAMS_E2EE = '/isEndToEndEncryptionEnabled';
const TEAMS_ROOMS = '/allowBreakoutRooms';

const POINTER = '/settings/encryption_type';
const E2EE = setFields('Encrypt the meeting end to end.', { [POINTER]: 'e2ee' });

export default defineRule({
  id: 'end-to-end-encryption',
  severity: 'warning',
  summary: 'End-to-end encryption is on, unless the meeting needs what it turns off (breakout rooms for caucus).',
  rationale:
    'With end-to-end encryption only the participants hold the keys; Zoom\'s servers cannot see the meeting. It costs features: Zoom\'s API description says it disables ' +
    'join before host, cloud recording, streaming, live transcription, breakout rooms, polling, 1:1 private chat and meeting reactions, and phone/SIP/H.323 dial-in. ' +
    'A mediation that needs breakout rooms for private caucus cannot use it; one that does not should.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Encryption → End-to-end encryption, when the host needs no breakout rooms (Settings → Meeting → In Meeting (Advanced) → Breakout room off); if it is already end-to-end, drop what that turns off (breakout rooms, cloud recording, telephone-only audio) or plan the caucus another way. In the file: settings.encryption_type: e2ee and host_settings.in_meeting.breakout_room: false.',
  sources: [ZOOM_E2EE, ZOOM_E2EE_SUPPORT, CITIZEN_LAB_2020],
  history:
    'Part of the profile current (2026). In April 2020 Citizen Lab found Zoom\'s encryption weak (one AES-128 key in ECB mode); Zoom moved to AES-256-GCM with 5.0 and offered end-to-end encryption from October 2020, at the cost of breakout rooms and cloud recording among others. ' +
    'Second release: the list of what E2EE turns off follows Zoom\'s own API text; join before host is no longer a conflict (E2EE simply turns it off), telephone-only audio is; breakout rooms are read from the host\'s feature setting.',
  messages: {
    conflict: 'End-to-end encryption is on, but it turns off {features}, which this meeting is set to use.',
    e2ee: 'End-to-end encryption is on, and nothing set here needs what it turns off.',
    caucus: 'End-to-end encryption is off, as breakout rooms for private caucus require.',
    avoidable: 'End-to-end encryption is off although the host cannot open breakout rooms (settings.encryption_type is enhanced_encryption).',
    noBreakout: 'End-to-end encryption is off, and it is not known whether breakout rooms are possible: add host_settings.in_meeting.breakout_room.',
    missing: 'Not known how the meeting is encrypted: add settings.encryption_type (e2ee, or enhanced_encryption when breakout rooms are needed).',
    teamsConflict: 'End-to-end encryption is on, but it turns off breakout rooms, which this meeting allows (allowBreakoutRooms is true).',
    teamsE2ee: 'End-to-end encryption is on (isEndToEndEncryptionEnabled is true), and breakout rooms are off.',
    teamsCaucus: 'End-to-end encryption is off, as breakout rooms for private caucus require.',
    teamsAvoidable: 'End-to-end encryption is off although breakout rooms are off too (isEndToEndEncryptionEnabled is false).',
    teamsNoBreakout: 'End-to-end encryption is off, and it is not known whether breakout rooms are allowed: add allowBreakoutRooms.',
    teamsMissing: 'Not known whether the meeting is encrypted end to end: add isEndToEndEncryptionEnabled.',
    webexSessionType: 'Webex keeps end-to-end encryption in the session type ({id}), and whether its numbers match the published end-to-end types is not confirmed: check the session type\'s name in Webex.',
    webexMissing: 'Not known how the meeting is encrypted: add sessionTypeId (Webex decides end-to-end encryption by session type).',
  },
  check(meeting, { pass, fail, unknown }) {
    const settings = meeting.settings;
    const rooms = breakoutRoomsPossible(meeting);
    if (settings?.encryption_type === 'e2ee') {
      const conflicts: [string, string][] = [];
      if (rooms.value === true) conflicts.push(['breakout rooms (private caucus)', rooms.pointer]);
      if (settings.auto_recording === 'cloud') conflicts.push(['cloud recording', '/settings/auto_recording']);
      if (settings.audio === 'telephony') conflicts.push(['phone dial-in (the meeting\'s only audio)', '/settings/audio']);
      const facts = [POINTER, ...conflicts.map(([, fact]) => fact)];
      return conflicts.length > 0
        ? fail('conflict', POINTER, { features: conflicts.map(([what]) => what).join(', ') }, facts)
        : pass('e2ee', POINTER, {}, facts);
    }
    if (settings?.encryption_type === 'enhanced_encryption') {
      if (rooms.value === true) return pass('caucus', POINTER, {}, [POINTER, ...rooms.facts]);
      // Switched for the mediator only where nothing is lost: no cloud recording, no phone callers.
      const safe = settings.auto_recording !== undefined && settings.auto_recording !== 'cloud' && settings.audio === 'voip';
      if (rooms.value === false) return fail('avoidable', POINTER, {}, [POINTER, ...rooms.facts], safe ? E2EE : undefined);
      return unknown('noBreakout', rooms.pointer, {}, [POINTER]);
    }
    return unknown('missing', POINTER);
  },
  teams(meeting, { pass, fail, unknown }) {
    const e2ee = meeting.isEndToEndEncryptionEnabled;
    const rooms = meeting.allowBreakoutRooms;
    const facts = [TEAMS_E2EE, TEAMS_ROOMS];
    if (e2ee === true) return rooms === true ? fail('teamsConflict', TEAMS_E2EE, {}, facts) : pass('teamsE2ee', TEAMS_E2EE, {}, facts);
    if (e2ee !== false) return unknown('teamsMissing', TEAMS_E2EE);
    if (rooms === true) return pass('teamsCaucus', TEAMS_E2EE, {}, facts);
    if (rooms === false) return fail('teamsAvoidable', TEAMS_E2EE, {}, facts);
    return unknown('teamsNoBreakout', TEAMS_ROOMS, {}, [TEAMS_E2EE]);
  },
  webex(meeting, { unknown }) {
    // The REST meeting has no encryption field; the session type's ids are not confirmed to be the published ones.
    if (meeting.sessionTypeId !== undefined) return unknown('webexSessionType', '/sessionTypeId', { id: meeting.sessionTypeId });
    return unknown('webexMissing', '/sessionTypeId');
  },
});
