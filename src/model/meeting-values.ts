// The Zoom meeting model's values, and helpers that need no zod: rules and the
// check path import them without building (or loading) the schema
// (src/model/meeting-schema.ts), which a check of a valid file never needs.
import type * as z from 'zod/mini';
import type { Meeting } from './meeting-schema';

export const NETWORKS = ['private', 'vpn', 'public', 'unknown'] as const;
export const ROLES = ['party', 'counsel', 'mediator', 'observer', 'expert', 'other'] as const;
/** Zoom meeting types: 1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring with fixed time, 10 screen share only. */
export const MEETING_TYPES = [1, 2, 3, 4, 8, 10] as const;
export const AUTO_RECORDING = ['local', 'cloud', 'none'] as const;
export const ENCRYPTION_TYPES = ['enhanced_encryption', 'e2ee'] as const;
export const AUDIO_TYPES = ['both', 'telephony', 'voip', 'thirdParty'] as const;
export const WHO_GOES_TO_WAITING_ROOM = ['everyone', 'users_not_in_account', 'users_not_in_account_or_whitelisted_domains', 'users_not_on_invite'] as const;
export const AUTHENTICATION_TYPES = ['enforce_login', 'enforce_login_with_domains', 'enforce_login_with_same_account'] as const;

/** A meeting template (from the API, or a file describing one): a template id and no meeting id. */
export const isTemplate = (meeting: Meeting): boolean => meeting.template_id !== undefined && meeting.id === undefined;

const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A version written major.minor.patch (mediation.client.minimum_version; the client-version rule's floor), with the zod it is built with. */
export const versionSchema = (zod: typeof z) => zod.string().check(zod.regex(VERSION_PATTERN, 'must be a version written major.minor.patch, like "6.4.0"'));
