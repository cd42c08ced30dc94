import { defineRule } from '../src/engine/define-rule';
import { digestKey } from '../src/util/digest';
import { PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const TEAMS_NOT_UNIQUE = { adhoc: 'an ad hoc meeting', meetnow: 'a Meet now meeting', broadcast: 'a live event (broadcast)' } as const;

const SCHEDULED = new Set([2, 8]);
const NOT_UNIQUE: Record<number, string> = { 1: 'an instant meeting', 3: 'a recurring meeting with no fixed time', 4: 'a personal meeting room (PMI)' };

/** An id is a number: "085746065432", 85746065432 and "85746065432" are one meeting. */
export const idKey = (id: string | number): string => String(id).replace(/^0+(?=\d)/, '');

/** A number as invitations print it ("234 567 890 123 4") is the number without its spaces. */
const digitsKey = (number: string | null | undefined) => number?.replace(/\s/g, '') || undefined;

// Teams and Webex ids and links are long (a link may even carry a credential): the run keeps a
// short digest of each (util/digest), not the text.

export default defineRule({
  id: 'unique-meeting-id',
  severity: 'error',
  summary: 'Each mediation has its own scheduled meeting: no personal meeting ID, no instant or reusable meeting.',
  rationale:
    'A personal meeting ID or a reusable meeting stays open after the session: anyone who ever received it can come back, ' +
    'and people from an earlier matter may walk into this one. A fresh scheduled meeting per mediation limits who holds a working link.',
  fix:
    'Zoom web portal: Meetings → Schedule a Meeting: a new meeting for this mediation, with Meeting ID "Generate Automatically" (not your Personal Meeting ID); tick "Recurring meeting" only for sessions at fixed times, and never reuse the meeting for another matter. In the file: type: 2 (8 for a series at fixed times) and settings.use_pmi: false.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING],
  history:
    'In the April 2020 proper-use list: a unique meeting number for each mediation. Zoom\'s own changes that year (passcodes by default, blocking id scanning) made guessable personal rooms the main remaining risk; the rule is unchanged and sits in both profiles. ' +
    'Second release: ids are compared as numbers (a leading zero no longer hides a repeat), and type 10 gets its own message.',
  messages: {
    pmi: 'The meeting runs on the host\'s personal meeting ID (settings.use_pmi is true).',
    type: 'The meeting is {kind} (type {type}), which is not unique to this mediation.',
    repeated: 'Meeting id {id} is also used by {others}.',
    scheduled: 'A scheduled meeting (type {type}) of its own.',
    missing: 'Not known what kind of meeting this is: add type (2 for a scheduled meeting) and settings.use_pmi: false.',
    partial: 'Not enough to tell whether the meeting is unique: add type (2 for a scheduled meeting).',
    screenShare: 'Type 10 is a screen-share-only meeting, not a video meeting for a mediation: schedule one (type 2) for it.',
    teamsType: 'The meeting is {kind} (meetingType {type}), which is not unique to this mediation.',
    teamsScheduled: 'A scheduled meeting (meetingType {type}) of its own.',
    teamsRepeated: 'Join meeting id {id} is also used by {others}.',
    sameId: 'The meeting\'s id is also used by {others}: the same meeting, checked twice, or reused.',
    sameLink: 'The meeting\'s join link ({field}) is also used by {others}: the same meeting, checked twice, or reused.',
    teamsMissing: 'Not known what kind of meeting this is: add meetingType (scheduled).',
    webexPersonal: 'The meeting is the host\'s personal room (scheduledType personalRoomMeeting), which stays open between matters.',
    webexSpace: 'The meeting belongs to a Webex space (roomId is set): anyone in the space can join it, again and again.',
    webexRepeated: 'Meeting number {id} is also used by {others}.',
    webexScheduled: 'A scheduled meeting (scheduledType meeting) of its own.',
    webexMissing: 'Not known what kind of meeting this is: add scheduledType (meeting).',
  },
  // Compared with the run's other meetings of the same platform: Zoom by id as a number; Teams and Webex by
  // each identity they give (the same meeting may come with one of them in one file, another in the next).
  groups: {
    zoom: { 'meeting-id': (m) => (m.id === undefined ? undefined : idKey(m.id)) },
    teams: {
      'join-meeting-id': (m) => digitsKey(m.joinMeetingIdSettings?.joinMeetingId),
      id: (m) => digestKey(m.id),
      link: (m) => digestKey(m.joinWebUrl),
    },
    webex: {
      'meeting-number': (m) => digitsKey(m.meetingNumber),
      id: (m) => digestKey(m.id),
      link: (m) => digestKey(m.webLink),
    },
  },
  check(meeting, { run, pass, fail, unknown }) {
    if (meeting.settings?.use_pmi === true) return fail('pmi', '/settings/use_pmi');
    const type = meeting.type;
    if (type !== undefined && type in NOT_UNIQUE) return fail('type', '/type', { type, kind: NOT_UNIQUE[type]! });
    const alone =
      type !== undefined && SCHEDULED.has(type) ? pass('scheduled', '/type', { type }, ['/type', '/settings/use_pmi'])
      : type === 10 ? unknown('screenShare', '/type')
      : type === undefined && meeting.settings?.use_pmi === undefined ? unknown('missing', '/type')
      : unknown('partial', '/type');
    // The id as compared (groups: leading zeros dropped) is the one the message names.
    return run.unlessShared('meeting-id', (others, id) => fail('repeated', '/id', { id, others }, ['/id']), alone);
  },
  teams(meeting, { run, pass, fail, unknown }) {
    const type = meeting.meetingType;
    if (type === 'adhoc' || type === 'meetnow' || type === 'broadcast') return fail('teamsType', '/meetingType', { type, kind: TEAMS_NOT_UNIQUE[type] });
    const alone = type === 'scheduled' || type === 'recurring' ? pass('teamsScheduled', '/meetingType', { type }) : unknown('teamsMissing', '/meetingType');
    // The first identity shared decides the message: join meeting id, then id, then link.
    return run.unlessShared('join-meeting-id', (others, id) => fail('teamsRepeated', '/joinMeetingIdSettings/joinMeetingId', { id, others }),
      run.unlessShared('id', (others) => fail('sameId', '/id', { others }),
        run.unlessShared('link', (others) => fail('sameLink', '/joinWebUrl', { field: 'joinWebUrl', others }), alone)));
  },
  webex(meeting, { run, pass, fail, unknown }) {
    if (meeting.scheduledType === 'personalRoomMeeting') return fail('webexPersonal', '/scheduledType');
    if (meeting.roomId) return fail('webexSpace', '/roomId');
    const alone = meeting.scheduledType === 'meeting' ? pass('webexScheduled', '/scheduledType', {}, ['/scheduledType', '/roomId']) : unknown('webexMissing', '/scheduledType');
    // The message names the number as the input writes it (with its spaces), not as compared.
    return run.unlessShared('meeting-number', (others) => fail('webexRepeated', '/meetingNumber', { id: meeting.meetingNumber!, others }),
      run.unlessShared('id', (others) => fail('sameId', '/id', { others }),
        run.unlessShared('link', (others) => fail('sameLink', '/webLink', { field: 'webLink', others }), alone)));
  },
});
