// Profiles name rule sets. A profile lists rule ids in the order checks are reported.

export const profiles: Record<string, { summary: string; rules: readonly string[] }> = {
  'proper-use': {
    summary: 'The April 2020 "proper use" list for Zoom mediations, as first published (no waiting room).',
    rules: [
      'unique-meeting-id',
      'passcode-required',
      'passcode-not-in-link',
      'no-waiting-room',
      'lock-after-join',
      'private-network',
      'client-version',
      'no-auto-recording',
      'agreement-clauses',
    ],
  },
  current: {
    summary: 'Proper use as it stands today: the 2020 list with a waiting room (the flaw was fixed on 7 April 2020) and what later guidance added.',
    rules: [
      'unique-meeting-id',
      'passcode-required',
      'dial-in-passcode',
      'passcode-strength',
      'passcode-not-shared',
      'passcode-not-in-link',
      'invitation-kept-private',
      'waiting-room',
      'no-join-before-host',
      'authenticated-participants',
      'hosts-disclosed',
      'lock-after-join',
      'private-network',
      'client-version',
      'screen-share-host-only',
      'no-auto-recording',
      'no-automatic-copies',
      'end-to-end-encryption',
      'agreement-clauses',
      'statutory-mediation-clause',
      'breakout-rooms-carve-out',
    ],
  },
};

export const DEFAULT_PROFILE = 'proper-use';
