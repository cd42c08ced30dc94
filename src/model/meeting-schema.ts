// The meeting file: a Zoom meeting object (GET /meetings/{meetingId}) plus two
// optional blocks. Zoom fields the rules read are typed; every other Zoom field is
// accepted unchecked and left out of the model (z.object strips it: a batch of
// thousands of API-sized meetings then holds only what rules read).
// The `mediation` block is ours, so it is strict.
import * as z from 'zod/mini';

export const NETWORKS = ['private', 'vpn', 'public', 'unknown'] as const;
export const ROLES = ['party', 'counsel', 'mediator', 'observer', 'expert', 'other'] as const;
/** Zoom meeting types: 1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring with fixed time, 10 screen share only. */
export const MEETING_TYPES = [1, 2, 3, 4, 8, 10] as const;
export const AUTO_RECORDING = ['local', 'cloud', 'none'] as const;

// zod schemas are immutable, so one instance serves every field of its kind
// (fewer objects to build at start-up).
const flag = z.optional(z.boolean());
const text = z.optional(z.string());

const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
export const versionString = z.string().check(
  z.regex(VERSION_PATTERN, 'must be a version written major.minor.patch, like "6.4.0"'),
);

const participant = z.strictObject({
  name: text,
  role: z.optional(z.enum(ROLES)),
  network: z.optional(z.enum(NETWORKS)),
  /** How alternative hosts are matched to the people disclosed (contract, second release). */
  email: text,
});

const agreement = z.strictObject({
  platform_risks_acknowledged: flag,
  attendees_disclosed: flag,
  no_recording_without_consent: flag,
  communications_heard_by_all: flag,
  /** The agreement carves private caucus (breakout rooms) out of "all communications heard by all". */
  private_caucus_carve_out: flag,
});

const mediation = z.strictObject({
  lock_after_join: flag,
  client: z.optional(
    z.strictObject({
      minimum_version: z.optional(versionString),
      browser_join: flag,
    }),
  ),
  participants: z.optional(z.array(participant)),
  agreement: z.optional(agreement),
});

const hostSettings = z.object({
  meeting_security: z.optional(
    z.object({
      embed_password_in_join_link: flag,
    }),
  ),
  in_meeting: z.optional(
    z.object({
      show_a_join_from_your_browser_link: flag,
      screen_sharing: flag,
      who_can_share_screen: z.optional(z.enum(['host', 'all'])),
    }),
  ),
});

export const ENCRYPTION_TYPES = ['enhanced_encryption', 'e2ee'] as const;

const meetingSettings = z.object({
  use_pmi: flag,
  waiting_room: flag,
  auto_recording: z.optional(z.enum(AUTO_RECORDING)),
  join_before_host: flag,
  meeting_authentication: flag,
  encryption_type: z.optional(z.enum(ENCRYPTION_TYPES)),
  breakout_room: z.optional(z.object({ enable: flag })),
});

/** Zoom ids are int64; files may write them as a number or a string of digits. */
const MEETING_ID = 'must be a meeting id: a whole number, or a string of digits';
const meetingId = z.union([z.int({ error: MEETING_ID }).check(z.nonnegative(MEETING_ID)), z.string().check(z.regex(/^\d+$/, MEETING_ID))], {
  error: MEETING_ID,
});

export const meetingSchema = z.object({
  id: z.optional(meetingId),
  type: z.optional(z.literal(MEETING_TYPES)),
  topic: text,
  password: text,
  encrypted_password: text,
  join_url: text,
  settings: z.optional(meetingSettings),
  host_settings: z.optional(hostSettings),
  mediation: z.optional(mediation),
});

export type Meeting = z.infer<typeof meetingSchema>;
export type Participant = z.infer<typeof participant>;
