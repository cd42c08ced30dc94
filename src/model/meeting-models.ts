// What each platform's meeting document is validated against (src/model/validate.ts):
// the plan first, the zod schema for what the plan cannot decide.
import { PLANS } from './meeting-plans';
import type { Platform, PlatformMeetings } from './platform';
import type { Model } from './validate';
import * as schemas from './zod-schemas';

export const MEETING_MODELS: { [P in Platform]: Model<PlatformMeetings[P]> } = {
  zoom: { plan: PLANS.zoom, schema: schemas.meetingSchema },
  teams: { plan: PLANS.teams, schema: schemas.teamsMeetingSchema },
  webex: { plan: PLANS.webex, schema: schemas.webexMeetingSchema },
};
