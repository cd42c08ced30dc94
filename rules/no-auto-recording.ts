import { defineRule } from '../src/engine/define-rule';
import { setFields } from '../src/engine/fix';
import { PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const POINTER = '/settings/auto_recording';
const STOP = setFields('Stop the meeting from recording itself.', { [POINTER]: 'none' });

export default defineRule({
  id: 'no-auto-recording',
  severity: 'error',
  summary: 'The meeting does not record itself.',
  rationale:
    'A mediation is confidential and its agreement forbids recording without everyone\'s consent. A recording that starts by itself, ' +
    'locally or in the cloud, creates exactly the copy the parties agreed not to make.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → untick "Automatically record meeting" (for every meeting: Settings → Recording → Automatic recording); record only with the written consent of all parties and the mediator. In the file: settings.auto_recording: none.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING],
  history:
    'Follows from the proper-use agreement clause that nobody records without everyone\'s consent (April 2020). In both profiles.',
  messages: {
    on: 'The meeting records itself automatically ({where}).',
    off: 'The meeting does not record itself.',
    missing: 'Not known whether the meeting records itself: add settings.auto_recording (none).',
    teamsOn: 'The meeting records itself automatically (recordAutomatically is true).',
    teamsOff: 'The meeting does not record itself (recordAutomatically is false).',
    teamsMissing: 'Not known whether the meeting records itself: add recordAutomatically (false).',
    webexOn: 'The meeting records itself automatically (enabledAutoRecordMeeting is true).',
    webexOff: 'The meeting does not record itself (enabledAutoRecordMeeting is false).',
    webexMissing: 'Not known whether the meeting records itself: add enabledAutoRecordMeeting (false).',
  },
  check(meeting, { pass, fail, unknown }) {
    const value = meeting.settings?.auto_recording;
    if (value === 'local' || value === 'cloud') return fail('on', POINTER, { where: value === 'cloud' ? 'to the cloud' : 'to a computer' }, undefined, STOP);
    if (value === 'none') return pass('off', POINTER);
    return unknown('missing', POINTER);
  },
  teams(meeting, { pass, fail, unknown }) {
    const value = meeting.recordAutomatically;
    if (value === true) return fail('teamsOn', '/recordAutomatically');
    if (value === false) return pass('teamsOff', '/recordAutomatically');
    return unknown('teamsMissing', '/recordAutomatically');
  },
  webex(meeting, { pass, fail, unknown }) {
    const value = meeting.enabledAutoRecordMeeting;
    if (value === true) return fail('webexOn', '/enabledAutoRecordMeeting');
    if (value === false) return pass('webexOff', '/enabledAutoRecordMeeting');
    return unknown('webexMissing', '/enabledAutoRecordMeeting');
  },
});
