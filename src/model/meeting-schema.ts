// The meeting file: a Zoom meeting object (GET /meetings/{meetingId}) plus four
// optional blocks (host_settings, account_settings, locks, mediation). Zoom fields
// the rules read are typed; every other Zoom field is accepted unchecked and left
// out of the model (z.object strips it: a batch of thousands of API-sized meetings
// then holds only what rules read).
// The `mediation` block is ours, so it is strict.
import * as z from 'zod/mini';
import { LOCK_LEAVES } from './lock-map';
import { NETWORKS, ROLES, versionSchema } from './meeting-values';

/** Zoom meeting types: 1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring with fixed time, 10 screen share only. */
const MEETING_TYPES = [1, 2, 3, 4, 8, 10] as const;
const AUTO_RECORDING = ['local', 'cloud', 'none'] as const;
const ENCRYPTION_TYPES = ['enhanced_encryption', 'e2ee'] as const;
const AUDIO_TYPES = ['both', 'telephony', 'voip', 'thirdParty'] as const;
const WHO_GOES_TO_WAITING_ROOM = ['everyone', 'users_not_in_account', 'users_not_in_account_or_whitelisted_domains', 'users_not_on_invite'] as const;
const AUTHENTICATION_TYPES = ['enforce_login', 'enforce_login_with_domains', 'enforce_login_with_same_account'] as const;

// The schemas are built on first use: a check of a valid file reads their plan
// (src/model/meeting-plans.ts) and never builds them.
function build() {
  // zod schemas are immutable, so one instance serves every field of its kind
  // (fewer objects to build at start-up).
  const flag = z.optional(z.boolean());
  const text = z.optional(z.string());

  const participant = z.strictObject({
    name: text,
    /** Compared with settings.alternative_hosts (hosts-disclosed), case-insensitively. */
    email: text,
    role: z.optional(z.enum(ROLES)),
    network: z.optional(z.enum(NETWORKS)),
  });

  const agreement = z.strictObject({
    platform_risks_acknowledged: flag,
    attendees_disclosed: flag,
    no_recording_without_consent: flag,
    communications_heard_by_all: flag,
    /** The agreement carves private caucus (breakout rooms) out of "all communications heard by all". */
    private_caucus_carve_out: flag,
    /** The agreement says the online session is a mediation for every applicable law, regulation and rule. */
    statutory_mediation: flag,
  });

  /** How the invitation travels: the passcode apart from the link, and a warning to keep both private. */
  const invitation = z.strictObject({
    passcode_sent_separately: flag,
    participants_warned: flag,
  });

  const mediation = z.strictObject({
    lock_after_join: flag,
    client: z.optional(
      z.strictObject({
        minimum_version: z.optional(versionSchema(z)),
        browser_join: flag,
      }),
    ),
    participants: z.optional(z.array(participant)),
    agreement: z.optional(agreement),
    invitation: z.optional(invitation),
  });

  // Host and account settings share their shape (GET /users/{userId}/settings,
  // GET /accounts/{accountId}/settings, each with its meeting_security option merged).
  // Only the fields rules read carry Zoom's enums: an unread field with a value
  // Zoom adds later must not make an API meeting unreadable.
  const waitingRoomSettings = z.object({
    /** 0 everyone, 1 users not in the account, 2 users not in the account and not on the allowed domains. */
    participants_to_place_in_waiting_room: z.optional(z.literal([0, 1, 2])),
  });

  const meetingSecurity = z.object({
    embed_password_in_join_link: flag,
    meeting_password: flag,
    require_password_for_scheduled_meeting: flag,
    phone_password: flag,
    pmi_password: flag,
    waiting_room: flag,
    waiting_room_settings: z.optional(waitingRoomSettings),
    only_authenticated_can_join_from_webclient: flag,
    end_to_end_encrypted_meetings: flag,
    auto_security: flag,
  });

  const inMeeting = z.object({
    show_a_join_from_your_browser_link: flag,
    join_from_desktop: flag,
    join_from_mobile: flag,
    screen_sharing: flag,
    who_can_share_screen: z.optional(z.enum(['host', 'all'])),
    /** The host may open breakout rooms (the feature; settings.breakout_room.enable is only pre-assignment). */
    breakout_room: flag,
    breakout_room_schedule: flag,
    auto_saving_chat: flag,
  });

  const scheduleMeeting = z.object({
    /** Secret: the passcode Zoom gives already scheduled meetings; compared with the meeting's passcode, never kept or shown. */
    default_password_for_scheduled_meetings: text,
    /** Secret: the personal meeting room's passcode; compared with the meeting's passcode, never kept or shown. */
    pmi_password: text,
    require_password_for_scheduling_new_meetings: flag,
    pstn_password_protected: flag,
    use_pmi_for_scheduled_meetings: flag,
    join_before_host: flag,
    continuous_meeting_chat: z.optional(z.object({ enable: flag })),
  });

  const authenticationOption = z.object({
    id: text,
    type: z.optional(z.enum(AUTHENTICATION_TYPES)),
    default_option: flag,
    domains: text,
  });

  const hostSettings = z.object({
    meeting_security: z.optional(meetingSecurity),
    in_meeting: z.optional(inMeeting),
    schedule_meeting: z.optional(scheduleMeeting),
    /** GET /users/{userId}/settings?option=meeting_authentication. */
    authentication_options: z.optional(
      z.object({
        meeting_authentication: z.optional(
          z.object({ meeting_authentication: flag, allow_authentication_exception: flag, authentication_options: z.optional(z.array(authenticationOption)) }),
        ),
      }),
    ),
  });

  const accountSettings = z.object({
    meeting_security: z.optional(
      z.object({
        ...meetingSecurity.shape,
        waiting_room_options: z.optional(
          z.object({
            enable: flag,
            /** 1 everyone admitted automatically, 2 manual, 3 and 4 some internal users admitted automatically. */
            admit_type: z.optional(z.literal([1, 2, 3, 4])),
            /** 1 when the host joins, 2 anytime, 3-5 5/10/15 minutes before the start. */
            internal_user_auto_admit: z.optional(z.literal([1, 2, 3, 4, 5])),
          }),
        ),
      }),
    ),
    in_meeting: z.optional(inMeeting),
    schedule_meeting: z.optional(
      z.object({
        use_pmi_for_scheduled_meetings: flag,
        join_before_host: flag,
        continuous_meeting_chat: z.optional(z.object({ enable: flag })),
      }),
    ),
    recording: z.optional(
      z.object({
        /** The account's automatic recording: with its lock, it may hold the meeting's own setting (src/engine/lock-conflict.ts). */
        auto_recording: z.optional(z.enum(AUTO_RECORDING)),
        /** Archiving to a third-party service, whatever the meeting's own recording setting. */
        archive: z.optional(z.object({ enable: flag })),
      }),
    ),
  });

  /**
   * Lock leaves are flags: true = the setting is locked for the host (by the account
   * or one of the host's groups). The leaves typed are those a rule's fact maps to
   * (src/model/lock-map.ts); Zoom's other lock leaves are accepted and left out.
   * Zoom's spec types one group-lock leaf (meeting_security.encryption_type) as a
   * string, so that one also takes text, read as "not known".
   */
  const lockFlag = z.optional(z.union([z.boolean(), z.string()]));
  const locks = z.object(
    Object.fromEntries(
      Object.entries(LOCK_LEAVES).map(([group, keys]) => [
        group,
        z.optional(z.object(Object.fromEntries(keys.map((key) => [key, key === 'encryption_type' ? lockFlag : flag])))),
      ]),
    ) as Record<keyof typeof LOCK_LEAVES, z.ZodMiniOptional<z.ZodMiniObject<Record<string, typeof lockFlag>>>>,
  );

  const meetingSettings = z.object({
    use_pmi: flag,
    waiting_room: flag,
    waiting_room_options: z.optional(
      z.object({
        mode: z.optional(z.enum(['follow_setting', 'custom'])),
        who_goes_to_waiting_room: z.optional(z.enum(WHO_GOES_TO_WAITING_ROOM)),
      }),
    ),
    auto_recording: z.optional(z.enum(AUTO_RECORDING)),
    join_before_host: flag,
    meeting_authentication: flag,
    /** The id of one of the host's authentication profiles (host_settings.authentication_options). */
    authentication_option: text,
    authentication_domains: text,
    /** People who get their own link that bypasses authentication (their join_url is a credential and is not kept). */
    authentication_exception: z.optional(z.array(z.object({ email: text, name: text }))),
    encryption_type: z.optional(z.enum(ENCRYPTION_TYPES)),
    /** Pre-assigned breakout rooms (Zoom's "pre-assign" option), not whether the host may open rooms. */
    breakout_room: z.optional(z.object({ enable: flag })),
    audio: z.optional(z.enum(AUDIO_TYPES)),
    auto_start_meeting_summary: flag,
    continuous_meeting_chat: z.optional(z.object({ enable: flag })),
    /** Semicolon-separated addresses (or user ids) of people who can start and run the meeting as host. */
    alternative_hosts: text,
  });

  /** Zoom ids are int64; files may write them as a number or a string of digits. */
  const MEETING_ID = 'must be a meeting id: a whole number, or a string of digits';
  const meetingId = z.union([z.int({ error: MEETING_ID }).check(z.nonnegative(MEETING_ID)), z.string().check(z.regex(/^\d+$/, MEETING_ID))], {
    error: MEETING_ID,
  });

  const meeting = z.object({
    id: z.optional(meetingId),
    platform: z.optional(z.literal('zoom')),
    type: z.optional(z.literal(MEETING_TYPES)),
    topic: text,
    password: text,
    encrypted_password: text,
    /** The numeric passcode for phone (PSTN) callers. */
    pstn_password: text,
    /** The passcode for H.323/SIP room systems, and the meeting's host key: no rule reads them; kept so that no output repeats them (util/document-secrets). */
    h323_password: text,
    dynamic_host_key: text,
    join_url: text,
    /** For a meeting template from the API, its id (and no meeting id); for a meeting, the admin template it was made from. */
    template_id: text,
    settings: z.optional(meetingSettings),
    host_settings: z.optional(hostSettings),
    account_settings: z.optional(accountSettings),
    locks: z.optional(locks),
    mediation: z.optional(mediation),
  });

  return { meeting, mediation, participant };
}

let built: ReturnType<typeof build> | undefined;
const schemas = (): ReturnType<typeof build> => (built ??= build());

/** The Zoom meeting file's schema. */
export const meetingSchema = (): ReturnType<typeof build>['meeting'] => schemas().meeting;
/** Our `mediation` block, which every platform's file may hold. */
export const mediationSchema = (): ReturnType<typeof build>['mediation'] => schemas().mediation;

export type Meeting = z.infer<ReturnType<typeof build>['meeting']>;
export type Participant = z.infer<ReturnType<typeof build>['participant']>;

export type Mediation = z.infer<ReturnType<typeof build>['mediation']>;
