import { defineRule } from '../src/engine/define-rule';
import { clearPasscode } from '../src/model/passcode';
import { NIST_NCCOE } from './sources';

// Compared by digest so the passcode itself is never held as a key or printed.
// node:crypto is fetched on first use: loading it costs every run a few milliseconds.
const digest = (passcode: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(passcode).digest('hex');

export default defineRule({
  id: 'passcode-not-shared',
  severity: 'error',
  summary: 'No two meetings of the run share a passcode.',
  rationale:
    'A passcode shared by several meetings lets anyone invited to one mediation into the others. Each mediation needs its own passcode.',
  fix: 'Give each meeting its own passcode (let Zoom generate one when scheduling).',
  sources: [NIST_NCCOE],
  history: 'Part of the profile current (2026). NIST advised limiting the reuse of access codes in 2020; organisations that standardised on one passcode for all meetings after Zoom\'s September 2020 passcode rule showed why.',
  messages: {
    shared: 'The same passcode is used by {others}.',
    own: 'No other meeting in this run uses the same passcode.',
    hidden: 'The passcode is not in the input, so it cannot be compared with the other meetings.',
  },
  check(meeting, { run, target, pass, fail, unknown }) {
    const passcode = clearPasscode(meeting);
    if (passcode === undefined) return unknown('hidden', '/password');
    const owners = run.groupBy('passcode-digest', (m) => {
      const p = clearPasscode(m);
      return p === undefined ? undefined : digest(p);
    }).get(digest(passcode)) ?? [];
    const others = owners.filter((i) => i !== target).map((i) => run.nameOf(i));
    return others.length > 0 ? fail('shared', '/password', { others: others.join(', ') }) : pass('own', '/password');
  },
});
