import { defineRule, type Outcome, type Verdicts } from '../src/engine/define-rule';
import type { Mediation } from '../src/model/meeting-schema';
import { PROPER_USE_POST } from './sources';

const POINTER = '/mediation/agreement/statutory_mediation';

/** Reads only the mediation block: the same decision on every platform. */
function decide(meeting: { mediation?: Mediation }, { pass, fail, unknown }: Verdicts<'none' | 'present' | 'missing'>): Outcome {
  const agreement = meeting.mediation?.agreement;
  if (agreement === undefined) return unknown('none', POINTER);
  if (agreement.statutory_mediation === true) return pass('present', POINTER);
  return fail('missing', POINTER, { value: agreement.statutory_mediation === false ? 'false' : 'missing' });
}

export default defineRule({
  id: 'statutory-mediation-clause',
  severity: 'warning',
  summary: 'The agreement says the online session is a mediation for every applicable law and rule.',
  rationale:
    'The confidentiality and privilege that protect a mediation attach to a mediation as the law defines it. ' +
    'The April 2020 agreement opened by recording that the video session is a "mediation" for all applicable legislation, regulations and rules, ' +
    'so that nobody can argue later that an online meeting fell outside that protection.',
  fix:
    'Not a Zoom setting: add a clause to the mediation agreement saying that the online session is a mediation for the purposes of every applicable law, regulation and rule. In the file: mediation.agreement.statutory_mediation: true.',
  sources: [PROPER_USE_POST],
  history:
    'The first clause of the April 2020 post\'s video agreement; added to the profile current in the second release, when a review found that no rule covered it.',
  messages: {
    missing: 'The agreement does not say the session is a mediation under the applicable law (statutory_mediation is {value}).',
    present: 'The agreement says the online session is a mediation under the applicable law.',
    none: 'Nothing is known of the mediation agreement: add mediation.agreement.statutory_mediation.',
  },
  check: decide,
  teams: decide,
  webex: decide,
});
