import { defineRule } from '../src/engine/define-rule';
import { CIS_ZOOM, NIST_NCCOE } from './sources';

const POINTER = '/settings/join_before_host';

export default defineRule({
  id: 'no-join-before-host',
  severity: 'error',
  summary: 'Nobody can enter the meeting before the mediator.',
  rationale:
    'If participants can join before the host, the parties may meet without the mediator, and nobody controls who comes in until the host arrives.',
  fix: 'Set settings.join_before_host to false (a waiting room also disables it).',
  sources: [CIS_ZOOM, NIST_NCCOE],
  history: 'Part of the profile current (2026). CIS Zoom 1.1.2.4, NIST and most 2020 settings guides ask for it; Zoom disables join before host whenever a waiting room is on.',
  messages: {
    on: 'Participants can join before the host (settings.join_before_host is true).',
    off: 'Participants cannot join before the host.',
    waiting: 'The waiting room keeps everyone out until the host admits them.',
    missing: 'Not known whether participants can join before the host: add settings.join_before_host (false).',
  },
  check(meeting, { pass, fail, unknown }) {
    const settings = meeting.settings;
    if (settings?.waiting_room === true) return pass('waiting', '/settings/waiting_room');
    if (settings?.join_before_host === true) return fail('on', POINTER);
    if (settings?.join_before_host === false) return pass('off', POINTER);
    return unknown('missing', POINTER);
  },
});
