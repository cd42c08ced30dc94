import { defineRule } from '../src/engine/define-rule';
import { CITIZEN_LAB_2020, ZOOM_E2EE } from './sources';

const POINTER = '/settings/encryption_type';

export default defineRule({
  id: 'end-to-end-encryption',
  severity: 'warning',
  summary: 'End-to-end encryption is on, unless the meeting needs what it turns off (breakout rooms for caucus).',
  rationale:
    'With end-to-end encryption only the participants hold the keys; Zoom\'s servers cannot see the meeting. It costs features: no breakout rooms, ' +
    'no cloud recording, no join before host, no dial-in or web client. A mediation that needs breakout rooms for private caucus cannot use it; ' +
    'one that does not should.',
  fix: 'Set settings.encryption_type to e2ee when the meeting needs no breakout rooms; if it is already e2ee, turn off what E2EE disables (breakout rooms, cloud recording, join before host) or plan the caucus another way.',
  sources: [ZOOM_E2EE, CITIZEN_LAB_2020],
  history: 'Part of the profile current (2026). In April 2020 Citizen Lab found Zoom\'s encryption weak (one AES-128 key in ECB mode); Zoom moved to AES-256-GCM with 5.0 and offered end-to-end encryption from October 2020, at the cost of breakout rooms and cloud recording among others.',
  messages: {
    conflict: 'End-to-end encryption is on, but it turns off {features}, which this meeting is set to use.',
    e2ee: 'End-to-end encryption is on, and nothing set here needs what it turns off.',
    caucus: 'End-to-end encryption is off, as breakout rooms for private caucus require.',
    avoidable: 'End-to-end encryption is off although this meeting uses no breakout rooms (settings.encryption_type is enhanced_encryption).',
    noBreakout: 'End-to-end encryption is off, and it is not known whether breakout rooms are needed: add settings.breakout_room.enable.',
    missing: 'Not known how the meeting is encrypted: add settings.encryption_type (e2ee, or enhanced_encryption when breakout rooms are needed).',
  },
  check(meeting, { pass, fail, unknown }) {
    const settings = meeting.settings;
    const breakout = settings?.breakout_room?.enable;
    if (settings?.encryption_type === 'e2ee') {
      const features = [
        breakout === true && 'breakout rooms (private caucus)',
        settings.auto_recording === 'cloud' && 'cloud recording',
        settings.join_before_host === true && 'join before host',
      ].filter((f): f is string => typeof f === 'string');
      return features.length > 0 ? fail('conflict', POINTER, { features: features.join(', ') }) : pass('e2ee', POINTER);
    }
    if (settings?.encryption_type === 'enhanced_encryption') {
      if (breakout === true) return pass('caucus', POINTER);
      if (breakout === false) return fail('avoidable', POINTER);
      return unknown('noBreakout', '/settings/breakout_room/enable');
    }
    return unknown('missing', POINTER);
  },
});
