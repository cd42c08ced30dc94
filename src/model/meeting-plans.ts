// The plans (src/model/quick-parse.ts) of the meeting schemas, one per platform.
// Computed here from the zod schemas; the build (scripts/build.mjs) runs this
// module and ships its value as data instead, so a check builds no schema.
import { meetingSchema } from './meeting-schema';
import { planOf } from './plan-of';
import type { Platform } from './platform';
import type { Plan } from './quick-parse';
import { teamsMeetingSchema } from './teams-schema';
import { webexMeetingSchema } from './webex-schema';

export const PLANS: Record<Platform, Plan> = {
  zoom: planOf(meetingSchema()),
  teams: planOf(teamsMeetingSchema()),
  webex: planOf(webexMeetingSchema()),
};
