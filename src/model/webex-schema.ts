// A Webex meeting file: the object GET /v1/meetings/{meetingId} returns (the
// series or scheduled meeting; an in-progress or ended instance lacks most
// settings, which then read as unknown), plus our `mediation` block.
import * as z from 'zod/mini';
import { mediationSchema } from './meeting-schema';

export const WEBEX_MEETING_TYPES = ['meetingSeries', 'scheduledMeeting', 'meeting'] as const;
export const WEBEX_SCHEDULED_TYPES = ['meeting', 'webinar', 'personalRoomMeeting'] as const;
export const JOIN_SECURITY = ['allowJoin', 'allowJoinWithLobby', 'blockFromJoin'] as const;
export const AUDIO_CONNECTION_TYPES = ['webexAudio', 'VoIP', 'other', 'none'] as const;

function build() {
  const flag = z.optional(z.boolean());
  const text = z.optional(z.string());

  return z.object({
    platform: z.optional(z.literal('webex')),
    id: text,
    meetingNumber: text,
    title: text,
    webLink: text,
    meetingType: z.optional(z.enum(WEBEX_MEETING_TYPES)),
    scheduledType: z.optional(z.enum(WEBEX_SCHEDULED_TYPES)),
    state: text,
    roomId: text,
    password: text,
    phoneAndVideoSystemPassword: text,
    excludePassword: flag,
    enabledJoinBeforeHost: flag,
    unlockedMeetingJoinSecurity: z.optional(z.enum(JOIN_SECURITY)),
    enableAutomaticLock: flag,
    automaticLockMinutes: z.optional(z.number()),
    enabledAutoRecordMeeting: flag,
    sessionTypeId: z.optional(z.number()),
    enabledBreakoutSessions: flag,
    requireAttendeeLogin: flag,
    hostEmail: text,
    allowAnyUserToBeCoHost: flag,
    allowFirstUserToBeCoHost: flag,
    attendeePrivileges: z.optional(z.object({ enabledShareContent: flag })),
    audioConnectionOptions: z.optional(z.object({ audioConnectionType: z.optional(z.enum(AUDIO_CONNECTION_TYPES)) })),
    mediation: z.optional(mediationSchema()),
  });
}

let built: ReturnType<typeof build> | undefined;

/** Built on first use: a run of Zoom files never pays for it. */
export function webexMeetingSchema(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

export type WebexMeeting = z.infer<ReturnType<typeof build>>;
