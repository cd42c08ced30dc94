import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import type { Mediation } from '../src/model/meeting-schema';
import { PROPER_USE_POST } from './sources';

const CLAUSES = [
  'platform_risks_acknowledged',
  'attendees_disclosed',
  'no_recording_without_consent',
  'communications_heard_by_all',
] as const;

/** Reads only the mediation block: the same decision on every platform. */
function decide(meeting: { mediation?: Mediation }, { pass, fail, unknown }: Verdicts<'none' | 'missing' | 'complete'>): Outcome {
  const agreement = meeting.mediation?.agreement;
  if (agreement === undefined) return unknown('none', '/mediation/agreement');
  const lacking = CLAUSES.filter((clause) => agreement[clause] !== true);
  if (lacking.length > 0) {
    return fail('missing', `/mediation/agreement/${lacking[0]}`, { clauses: lacking.join(', ') });
  }
  return pass('complete', '/mediation/agreement');
}

export default defineRule({
  id: 'agreement-clauses',
  severity: 'warning',
  summary: 'The mediation agreement has the four video-specific clauses.',
  rationale:
    'A video mediation adds risks a room does not have. The agreement should record that the parties accept the platform\'s risks, ' +
    'that everyone attending or able to hear is named in advance, that nobody records without everyone\'s consent, ' +
    'and that all communications in the joint session are heard by all.',
  fix:
    'Not a Zoom setting: add the missing clauses to the mediation agreement (platform risks accepted, attendees disclosed, no recording without consent, communications heard by all). In the file: each of them true under mediation.agreement.',
  sources: [PROPER_USE_POST],
  history:
    'The April 2020 post proposed video-specific clauses for the mediation agreement: platform risks, attendees disclosed, no recording, all communications heard by all. In both profiles; the profile current adds breakout-rooms-carve-out for the caucus question its readers raised.',
  messages: {
    missing: 'The agreement lacks {clauses}.',
    complete: 'The agreement has all four video clauses.',
    none: 'Nothing is known of the mediation agreement: add mediation.agreement with platform_risks_acknowledged, attendees_disclosed, no_recording_without_consent and communications_heard_by_all.',
  },
  check: decide,
  teams: decide,
  webex: decide,
});
