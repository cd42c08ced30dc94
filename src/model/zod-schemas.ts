// The meeting documents' zod schemas, for what a plan cannot decide (and the
// words for what is wrong). In the built CLI this module is its own file, read
// only when a document needs zod: a check of valid files loads no zod at all
// (see scripts/build.mjs).
export { meetingSchema } from './meeting-schema';
export { teamsMeetingSchema } from './teams-schema';
export { webexMeetingSchema } from './webex-schema';
