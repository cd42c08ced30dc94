import { defineRule } from '../src/engine/define-rule';
import { setFields } from '../src/engine/fix';
import { everyoneWaits } from '../src/model/derived';
import { CIS_ZOOM, CITIZEN_LAB_2020, FBI_2020, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS, ZOOM_SECURITY_OPTION } from './sources';

const SCOPE = '/lobbyBypassSettings/scope';
const DIAL_IN = '/lobbyBypassSettings/isDialInBypassEnabled';
/** Who walks straight past the lobby, for each of Graph's scopes. */
const BYPASSES = {
  organizer: 'the organizer',
  invited: 'the people invited',
  organizationExcludingGuests: 'everyone in the organizer\'s organisation',
  organization: 'everyone in the organizer\'s organisation and its guests',
  organizationAndFederated: 'everyone in the organizer\'s and trusted organisations, and guests',
  everyone: 'everyone',
} as const;

const POINTER = '/settings/waiting_room';

/** The meeting's own choice sends everyone to the waiting room, whatever the host's setting says. */
const EVERYONE_WAITS = { '/settings/waiting_room_options/mode': 'custom', '/settings/waiting_room_options/who_goes_to_waiting_room': 'everyone' } as const;
const TURN_ON = setFields('Turn the waiting room on and send everyone to it.', { [POINTER]: true, ...EVERYONE_WAITS });
const EVERYONE = setFields('Send everyone to the waiting room (the meeting\'s own choice, not the host\'s).', EVERYONE_WAITS);

/** What each of Zoom's narrower choices lets straight in, for the message. */
const WHO_WALKS_IN: Record<string, string> = {
  users_not_in_account: 'everyone in the host\'s Zoom account',
  users_not_in_account_or_whitelisted_domains: 'everyone in the host\'s account or on an allowed domain',
  users_not_on_invite: 'everyone on the invitation',
};

export default defineRule({
  id: 'waiting-room',
  severity: 'error',
  summary: 'A waiting room holds everyone until the host admits them.',
  rationale:
    'With a waiting room the mediator sees each person before they hear anything, and can keep a party out until the other side is ready. ' +
    'That holds only if everyone waits: Zoom can let the host\'s own account, allowed domains or invitees walk straight in. ' +
    'The flaw that made the April 2020 advice avoid it (video leaking to people still waiting) was fixed by Zoom on 7 April 2020; ' +
    'since then every published guide asks for a waiting room alongside the passcode.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → Waiting Room (ticked), and Settings → Meeting → Security → Waiting Room with its options set so that everyone goes to the waiting room; in the meeting: Security → Enable Waiting Room. Admit only the people disclosed for this mediation. In the file: settings.waiting_room: true and settings.waiting_room_options {mode: custom, who_goes_to_waiting_room: everyone}, or host_settings.meeting_security.waiting_room_settings.participants_to_place_in_waiting_room: 0.',
  sources: [CITIZEN_LAB_2020, FBI_2020, CIS_ZOOM, ZOOM_SECURITY_OPTION, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS],
  history:
    'Replaces no-waiting-room in the profile current. Citizen Lab reported the waiting-room leak on 3 and 8 April 2020; Zoom fixed it server-side on 7 April 2020 and turned waiting rooms on by default for many accounts that month. CIS (1.1.1.2, 1.1.1.3 "everyone") and US government settings guides ask for it. ' +
    'Second release: a waiting room that only some people go to no longer passes.',
  messages: {
    on: 'The waiting room is on, and everyone goes to it.',
    off: 'There is no waiting room (settings.waiting_room is false).',
    partial: 'The waiting room is on, but {who} walks straight in (who_goes_to_waiting_room is {option}).',
    partialHost: 'The waiting room is on, but the host\'s setting sends only {who} to it (participants_to_place_in_waiting_room is {value}).',
    whoUnknown: 'The waiting room is on, but it is not known who goes to it: add settings.waiting_room_options or the host\'s meeting_security.waiting_room_settings.participants_to_place_in_waiting_room.',
    missing: 'Not known whether there is a waiting room: add settings.waiting_room (true).',
    lobbyAll: 'Everyone waits in the lobby except {who} (lobbyBypassSettings.scope is {scope}).',
    lobbyDialIn: 'Phone callers bypass the lobby (lobbyBypassSettings.isDialInBypassEnabled is true).',
    lobbyOn: 'Everyone except {who} waits in the lobby, and phone callers wait too.',
    lobbyDialInUnknown: 'The lobby holds everyone but {who}, but not known whether phone callers bypass it: add lobbyBypassSettings.isDialInBypassEnabled (false).',
    lobbyMissing: 'Not known who waits in the lobby: add lobbyBypassSettings.scope (organizer).',
    webexOpen: 'People not on the invitation join directly, with no lobby (unlockedMeetingJoinSecurity is allowJoin).',
    webexInvitees: 'Uninvited people wait in the lobby or are kept out, but invitees join an unlocked meeting directly (enableAutomaticLock is not on from the start).',
    webexLocked: 'The meeting locks as it starts, so everyone waits in the lobby until the host admits them; uninvited people are held or kept out before that.',
    webexMissing: 'Not known who waits in the lobby: add unlockedMeetingJoinSecurity (allowJoinWithLobby), enableAutomaticLock (true) and automaticLockMinutes (0).',
  },
  check(meeting, { pass, fail, unknown }) {
    const value = meeting.settings?.waiting_room;
    if (value === false) return fail('off', POINTER, {}, undefined, TURN_ON);
    if (value !== true) return unknown('missing', POINTER);
    const everyone = everyoneWaits(meeting);
    const facts = [POINTER, ...everyone.facts];
    if (everyone.value === true) return pass('on', POINTER, {}, facts);
    if (everyone.value === undefined) return unknown('whoUnknown', POINTER, {}, [POINTER]);
    const option = meeting.settings?.waiting_room_options?.who_goes_to_waiting_room;
    if (everyone.pointer.startsWith('/settings/') && option !== undefined) {
      return fail('partial', everyone.pointer, { who: WHO_WALKS_IN[option] ?? 'someone', option }, facts, EVERYONE);
    }
    const placed = meeting.host_settings?.meeting_security?.waiting_room_settings?.participants_to_place_in_waiting_room;
    const who = placed === 1 ? 'people outside the host\'s account' : 'people outside the host\'s account and its allowed domains';
    return fail('partialHost', everyone.pointer, { who, value: placed ?? '' }, facts, EVERYONE);
  },
  teams(meeting, { pass, fail, unknown }) {
    const scope = meeting.lobbyBypassSettings?.scope;
    const dialIn = meeting.lobbyBypassSettings?.isDialInBypassEnabled;
    const facts = [SCOPE, DIAL_IN];
    // Invitees walking straight in fails here as on Zoom (users_not_on_invite) and Webex (an unlocked meeting).
    if (scope === 'invited' || scope === 'everyone' || scope === 'organization' || scope === 'organizationAndFederated' || scope === 'organizationExcludingGuests') {
      return fail('lobbyAll', SCOPE, { who: BYPASSES[scope], scope }, facts);
    }
    if (dialIn === true) return fail('lobbyDialIn', DIAL_IN, {}, facts);
    if (scope !== 'organizer') return unknown('lobbyMissing', SCOPE);
    if (dialIn !== false) return unknown('lobbyDialInUnknown', DIAL_IN, { who: BYPASSES[scope] }, facts);
    return pass('lobbyOn', SCOPE, { who: BYPASSES[scope] }, facts);
  },
  webex(meeting, { pass, fail, unknown }) {
    const security = meeting.unlockedMeetingJoinSecurity;
    const facts = ['/unlockedMeetingJoinSecurity', '/enableAutomaticLock', '/automaticLockMinutes'];
    if (security === 'allowJoin') return fail('webexOpen', '/unlockedMeetingJoinSecurity');
    if (security === undefined) return unknown('webexMissing', '/unlockedMeetingJoinSecurity');
    // Invitees join an unlocked meeting directly; a meeting locked from its start holds everyone in the lobby.
    if (meeting.enableAutomaticLock === true && meeting.automaticLockMinutes === 0) return pass('webexLocked', '/enableAutomaticLock', {}, facts);
    if (meeting.enableAutomaticLock === false || (meeting.enableAutomaticLock === true && meeting.automaticLockMinutes !== undefined)) {
      return fail('webexInvitees', '/enableAutomaticLock', {}, facts);
    }
    return unknown('webexMissing', '/enableAutomaticLock', {}, facts);
  },
});
