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
};

export const DEFAULT_PROFILE = 'proper-use';
