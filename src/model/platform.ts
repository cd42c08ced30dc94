// Which platform a meeting document is for, as the contract says: a top-level
// `platform`, or the platform's own marker keys; otherwise Zoom.
import type { Meeting } from './meeting-schema';
import type { TeamsMeeting } from './teams-schema';
import type { WebexMeeting } from './webex-schema';

export const PLATFORMS = ['zoom', 'teams', 'webex'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Each platform's name as a reader knows it (in messages: "a Teams meeting"). */
export const PLATFORM_NAMES: Record<Platform, string> = { zoom: 'Zoom', teams: 'Teams', webex: 'Webex' };

/** Each platform's typed document. */
export interface PlatformMeetings {
  zoom: Meeting;
  teams: TeamsMeeting;
  webex: WebexMeeting;
}

/** The platform of a parsed document, or undefined when its `platform` key names none we know. */
export function detectPlatform(data: Record<string, unknown>): Platform | undefined {
  if (Object.hasOwn(data, 'platform')) return (PLATFORMS as readonly unknown[]).includes(data.platform) ? (data.platform as Platform) : undefined;
  if ('joinWebUrl' in data && 'lobbyBypassSettings' in data) return 'teams';
  if ('meetingNumber' in data && 'webLink' in data) return 'webex';
  return 'zoom';
}
