// What rules and commands need of the Zoom meeting model without zod: they import
// it without loading the schema (src/model/meeting-schema.ts), which a check of a
// valid file never needs.
import type * as z from 'zod/mini';
import type { Meeting } from './meeting-schema';

export const NETWORKS = ['private', 'vpn', 'public', 'unknown'] as const;
export const ROLES = ['party', 'counsel', 'mediator', 'observer', 'expert', 'other'] as const;

/** A meeting template (from the API, or a file describing one): a template id and no meeting id. */
export const isTemplate = (meeting: Meeting): boolean => meeting.template_id !== undefined && meeting.id === undefined;

const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A version written major.minor.patch (mediation.client.minimum_version; the client-version rule's floor), with the zod it is built with. */
/** Whether text is a version written major.minor.patch (what versionSchema accepts). */
export const isVersion = (text: string): boolean => VERSION_PATTERN.test(text);

export const versionSchema = (zod: typeof z) => zod.string().check(zod.regex(VERSION_PATTERN, 'must be a version written major.minor.patch, like "6.4.0"'));
