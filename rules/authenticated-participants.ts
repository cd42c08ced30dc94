import { defineRule } from '../src/engine/define-rule';
import { CIS_ZOOM, ZOOM_SECURITY_OPTION } from './sources';

const POINTER = '/settings/meeting_authentication';

export default defineRule({
  id: 'authenticated-participants',
  severity: 'warning',
  summary: 'Only signed-in (authenticated) participants can join.',
  rationale:
    'A passcode travels with invitations and can be forwarded; requiring participants to sign in ties each attendee to an identity the mediator can check against the disclosed list.',
  fix: 'Set settings.meeting_authentication to true (choose an authentication profile that your participants can meet, such as "Sign in to Zoom").',
  sources: [CIS_ZOOM, ZOOM_SECURITY_OPTION],
  history: 'Part of the profile current (2026). CIS Zoom 1.1.1.9 (level 2); Zoom counts authentication as one of the three security options since December 2020. A warning, since some parties cannot sign in.',
  messages: {
    on: 'Only authenticated participants can join.',
    off: 'Anyone with the link and passcode can join without signing in (settings.meeting_authentication is false).',
    missing: 'Not known whether participants must sign in: add settings.meeting_authentication (true).',
  },
  check(meeting, { pass, fail, unknown }) {
    const value = meeting.settings?.meeting_authentication;
    if (value === false) return fail('off', POINTER);
    if (value === true) return pass('on', POINTER);
    return unknown('missing', POINTER);
  },
});
