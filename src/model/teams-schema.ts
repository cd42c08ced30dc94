// A Teams meeting file: a Microsoft Graph v1.0 `onlineMeeting` object (as
// GET /users/{userId}/onlineMeetings/{meetingId} returns it, read with
// `Prefer: include-unknown-enum-members`), plus our `mediation` block and an
// optional `meeting_policy` block: the organizer's Teams meeting policy as
// `Get-CsTeamsMeetingPolicy -Identity <policy> | ConvertTo-Json` prints it
// (PowerShell only: Graph does not return policy contents).
// Graph writes null for a property that is not set: null reads as "not given".
// Enums carry Graph's `unknownFutureValue`, which the rules read as unknown.
import * as z from 'zod/mini';
import { mediationSchema } from './meeting-schema';

export const LOBBY_SCOPES = ['organizer', 'organization', 'organizationAndFederated', 'everyone', 'unknownFutureValue', 'invited', 'organizationExcludingGuests'] as const;
export const LOBBY_ADMITTERS = ['organizerAndCoOrganizersAndPresenters', 'organizerAndCoOrganizers', 'unknownFutureValue'] as const;
export const PRESENTERS = ['everyone', 'organization', 'roleIsPresenter', 'organizer', 'unknownFutureValue'] as const;
export const MEETING_ROLES = ['attendee', 'presenter', 'unknownFutureValue', 'producer', 'coorganizer'] as const;
export const TEAMS_MEETING_TYPES = ['adhoc', 'scheduled', 'recurring', 'broadcast', 'meetnow', 'unknownFutureValue'] as const;
export const MEETING_CHAT_MODES = ['enabled', 'disabled', 'limited', 'unknownFutureValue'] as const;

function build() {
  const flag = z.nullish(z.boolean());
  const text = z.nullish(z.string());

  const participantInfo = z.object({
    upn: text,
    role: z.nullish(z.enum(MEETING_ROLES)),
  });

  /** The fields of Get-CsTeamsMeetingPolicy the rules read; PowerShell prints many more, accepted and left out. */
  const meetingPolicy = z.object({
    Identity: text,
    AllowAnonymousUsersToJoinMeeting: flag,
    AllowAnonymousUsersToStartMeeting: flag,
    AnonymousUserAuthenticationMethod: z.nullish(z.enum(['OneTimePasscode', 'None'])),
    MeetingChatEnabledType: z.nullish(z.enum(['Disabled', 'Enabled', 'EnabledExceptAnonymous'])),
  });

  return z.object({
    platform: z.optional(z.literal('teams')),
    id: text,
    subject: text,
    joinWebUrl: text,
    meetingType: z.nullish(z.enum(TEAMS_MEETING_TYPES)),
    lobbyBypassSettings: z.nullish(z.object({ scope: z.nullish(z.enum(LOBBY_SCOPES)), isDialInBypassEnabled: flag })),
    allowedLobbyAdmitters: z.nullish(z.enum(LOBBY_ADMITTERS)),
    allowedPresenters: z.nullish(z.enum(PRESENTERS)),
    participants: z.nullish(z.object({ organizer: z.nullish(participantInfo), attendees: z.nullish(z.array(participantInfo)) })),
    joinMeetingIdSettings: z.nullish(z.object({ isPasscodeRequired: flag, joinMeetingId: text, passcode: text })),
    recordAutomatically: flag,
    /** Dial-in details (read-only in Graph); present when the meeting has a phone leg. */
    audioConferencing: z.nullish(
      z.object({
        conferenceId: text,
        dialinUrl: text,
        tollNumber: text,
        tollFreeNumber: text,
        tollNumbers: z.nullish(z.array(z.string())),
        tollFreeNumbers: z.nullish(z.array(z.string())),
      }),
    ),
    /** `limited`: chat only during the meeting; `enabled` keeps it in the Teams chat afterwards. */
    allowMeetingChat: z.nullish(z.enum(MEETING_CHAT_MODES)),
    isEndToEndEncryptionEnabled: flag,
    allowBreakoutRooms: flag,
    meeting_policy: z.optional(meetingPolicy),
    mediation: z.optional(mediationSchema()),
  });
}

let built: ReturnType<typeof build> | undefined;

/** Built on first use: a run of Zoom files never pays for it. */
export function teamsMeetingSchema(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

export type TeamsMeeting = z.infer<ReturnType<typeof build>>;
