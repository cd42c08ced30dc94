import { defineRule } from '../src/engine/define-rule';
import { CIS_ZOOM, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS, ZOOM_SECURITY_OPTION } from './sources';

const ANONYMOUS_JOIN = '/meeting_policy/AllowAnonymousUsersToJoinMeeting';
const ANONYMOUS_CHECK = '/meeting_policy/AnonymousUserAuthenticationMethod';

const POINTER = '/settings/meeting_authentication';
const OPTION = '/settings/authentication_option';
const EXCEPTIONS = '/settings/authentication_exception';
const DOMAINS = '/settings/authentication_domains';
const PROFILES = '/host_settings/authentication_options/meeting_authentication/authentication_options';

export default defineRule({
  id: 'authenticated-participants',
  severity: 'warning',
  summary: 'Only participants signed in to the firm\'s account or its named domains can join, with no bypass links.',
  rationale:
    'A passcode travels with invitations and can be forwarded; requiring participants to sign in ties each attendee to an identity the mediator can check against the disclosed list. ' +
    'That holds only for a profile limited to the host\'s account or to named domains: "Sign in to Zoom" (enforce_login) admits anyone with a free Zoom account, ' +
    'and each authentication exception receives its own link that skips the check.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → "Require authentication to join", with a profile limited to your account or to named domains (not "Sign in to Zoom", which any Zoom account passes), and no authentication exceptions. In the file: settings.meeting_authentication: true, settings.authentication_option naming a profile of type enforce_login_with_same_account or enforce_login_with_domains (or settings.authentication_domains), and no settings.authentication_exception.',
  sources: [CIS_ZOOM, ZOOM_SECURITY_OPTION, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS],
  history:
    'Part of the profile current (2026). CIS Zoom 1.1.1.9 (level 2); Zoom counts authentication as one of the three security options since December 2020. A warning, since some parties cannot sign in. ' +
    'Second release: a profile that accepts any Zoom account, or exceptions that bypass authentication, no longer pass.',
  messages: {
    on: 'Only participants signed in to {scope} can join, with no bypass links.',
    off: 'Anyone with the link and passcode can join without signing in (settings.meeting_authentication is false).',
    anyAccount: 'Authentication asks only for some Zoom account, which anyone can create (the profile is "Sign in to Zoom", enforce_login).',
    exceptions: 'Authentication is on, but {who} (settings.authentication_exception).',
    profile: 'Authentication is on, but not with which profile: add settings.authentication_option and the host\'s profiles (host_settings.authentication_options), or settings.authentication_domains.',
    missing: 'Not known whether participants must sign in: add settings.meeting_authentication (true).',
    teamsNoAnonymous: 'The organizer\'s meeting policy lets no anonymous user join (AllowAnonymousUsersToJoinMeeting is false).',
    teamsAnonymous: 'Anonymous users can join without any check (AllowAnonymousUsersToJoinMeeting is true, AnonymousUserAuthenticationMethod is None).',
    teamsPasscodeOnly: 'Anonymous users can join after an emailed one-time passcode, which checks an address, not who holds it.',
    teamsMissing: 'Teams meetings have no sign-in setting of their own; not known whether anonymous users can join: add meeting_policy (Get-CsTeamsMeetingPolicy | ConvertTo-Json) with AllowAnonymousUsersToJoinMeeting.',
    webexLogin: 'Attendees of the webinar must sign in (requireAttendeeLogin is true).',
    webexNoLogin: 'Attendees of the webinar need not sign in (requireAttendeeLogin is false).',
    webexMeeting: 'Webex meetings (other than webinars) have no sign-in setting of their own, so it is not known whether participants must sign in.',
  },
  check(meeting, { pass, fail, unknown }) {
    const settings = meeting.settings;
    const value = settings?.meeting_authentication;
    if (value === false) return fail('off', POINTER);
    if (value !== true) return unknown('missing', POINTER);
    const exceptions = settings?.authentication_exception ?? [];
    if (exceptions.length > 0) {
      const who = exceptions.length === 1 ? '1 person has a link that bypasses it' : `${exceptions.length.toLocaleString('en-US')} people have links that bypass it`;
      return fail('exceptions', EXCEPTIONS, { who }, [POINTER, EXCEPTIONS]);
    }
    const profiles = meeting.host_settings?.authentication_options?.meeting_authentication?.authentication_options ?? [];
    const index = settings?.authentication_option === undefined ? -1 : profiles.findIndex((p) => p.id === settings.authentication_option);
    const type = profiles[index]?.type;
    const facts = [POINTER, OPTION, ...(index >= 0 ? [`${PROFILES}/${index}/type`] : [])];
    if (type === 'enforce_login') return fail('anyAccount', OPTION, {}, facts);
    if (type === 'enforce_login_with_same_account') return pass('on', POINTER, { scope: 'the host\'s account' }, facts);
    if (type === 'enforce_login_with_domains' || (type === undefined && settings?.authentication_domains)) {
      return pass('on', POINTER, { scope: 'the named domains' }, [...facts, DOMAINS]);
    }
    return unknown('profile', POINTER, {}, facts);
  },
  teams(meeting, { pass, fail, unknown }) {
    const policy = meeting.meeting_policy;
    if (policy?.AllowAnonymousUsersToJoinMeeting === false) return pass('teamsNoAnonymous', ANONYMOUS_JOIN);
    if (policy?.AllowAnonymousUsersToJoinMeeting === true) {
      const facts = [ANONYMOUS_JOIN, ANONYMOUS_CHECK];
      if (policy.AnonymousUserAuthenticationMethod === 'None') return fail('teamsAnonymous', ANONYMOUS_CHECK, {}, facts);
      if (policy.AnonymousUserAuthenticationMethod === 'OneTimePasscode') return unknown('teamsPasscodeOnly', ANONYMOUS_CHECK, {}, facts);
    }
    return unknown('teamsMissing', ANONYMOUS_JOIN);
  },
  webex(meeting, { pass, fail, unknown }) {
    if (meeting.scheduledType !== 'webinar') return unknown('webexMeeting', '/scheduledType');
    if (meeting.requireAttendeeLogin === true) return pass('webexLogin', '/requireAttendeeLogin');
    if (meeting.requireAttendeeLogin === false) return fail('webexNoLogin', '/requireAttendeeLogin');
    return unknown('webexMeeting', '/requireAttendeeLogin');
  },
});
