import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import type { Mediation } from '../src/model/meeting-schema';
import { PROPER_USE_POST } from './sources';

const APART = '/mediation/invitation/passcode_sent_separately';
const WARNED = '/mediation/invitation/participants_warned';

/** Reads only the mediation block: the same decision on every platform. */
function decide(meeting: { mediation?: Mediation }, { pass, fail, unknown }: Verdicts<'together' | 'unwarned' | 'kept' | 'missing'>): Outcome {
  const invitation = meeting.mediation?.invitation;
  if (invitation?.passcode_sent_separately === false) return fail('together', APART);
  if (invitation?.participants_warned === false) return fail('unwarned', WARNED);
  if (invitation?.passcode_sent_separately === true && invitation.participants_warned === true) return pass('kept', '/mediation/invitation');
  return unknown('missing', invitation?.passcode_sent_separately === true ? WARNED : APART);
}

export default defineRule({
  id: 'invitation-kept-private',
  severity: 'warning',
  summary: 'The passcode is sent apart from the link, and participants are told to keep both private.',
  rationale:
    'Zoom\'s invitation text carries the passcode whatever the link does, so one forwarded message can be a complete key. ' +
    'Sending the passcode by another channel than the link, and asking every participant not to pass either on, means a single leaked message is not enough to join.',
  fix:
    'Not a Zoom setting: send the link and the passcode by different channels (the link by email, the passcode by phone or text), and tell every participant to keep both to themselves; with "Embed passcode in invite link for one-click join" off (Zoom web portal: Settings → Meeting → Security) the link carries no passcode. In the file: mediation.invitation.passcode_sent_separately: true and participants_warned: true.',
  sources: [PROPER_USE_POST],
  history:
    'The April 2020 post asked participants to keep the link and passcode secure, and its readers asked for the passcode to travel by another medium than the link. ' +
    'Added to the profile current in the second release; passcode-not-in-link covers only what Zoom puts in the link.',
  messages: {
    together: 'The passcode travels with the link (mediation.invitation.passcode_sent_separately is false).',
    unwarned: 'Participants are not told to keep the link and passcode private (mediation.invitation.participants_warned is false).',
    kept: 'The passcode travels apart from the link, and participants are told to keep both private.',
    missing: 'Not known how the invitation travels: add mediation.invitation with passcode_sent_separately and participants_warned.',
  },
  check: decide,
  teams: decide,
  webex: decide,
});
