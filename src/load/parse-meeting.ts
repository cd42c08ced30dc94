// A meeting file's text → the validated meeting model, or a located error.
import { MEETING_MODELS } from '../model/meeting-models';
import type { Meeting } from '../model/meeting-schema';
import { detectPlatform, type Platform } from '../model/platform';
import type { TeamsMeeting } from '../model/teams-schema';
import type { WebexMeeting } from '../model/webex-schema';
import { parseYaml, type ParseResult, type PassOver } from './parse-yaml';
import { zoomKeyTypos } from './zoom-typos';

/** `passOver`: for a file found by a folder search, what is not a meeting is passed over, not validated. */
export function parseMeeting(text: string, passOver?: PassOver) {
  // Near-misses of Zoom's field names (and of our blocks) are typos; other unknown Zoom fields are accepted.
  return parseYaml(text, MEETING_MODELS.zoom, 'Zoom meeting fields', zoomKeyTypos, passOver);
}

/** A document of any platform, tagged with its platform. */
export type PlatformDocument =
  | { platform: 'zoom'; meeting: Meeting }
  | { platform: 'teams'; meeting: TeamsMeeting }
  | { platform: 'webex'; meeting: WebexMeeting };

/** Any platform's meeting file (detected as the contract says: `platform`, or the platform's own keys). */
export function parseAnyMeeting(text: string, passOver?: PassOver): ParseResult<PlatformDocument> & { platform?: Platform } {
  let platform: Platform = 'zoom';
  const parsed = parseYaml(text, MEETING_MODELS.zoom, 'Zoom meeting fields', zoomKeyTypos, passOver, (data) => {
    const found = detectPlatform(data);
    if (found === undefined) return { message: 'platform must be zoom, teams or webex', pointer: '/platform' };
    platform = found;
    return MEETING_MODELS[found];
  });
  // A document that was detected but does not validate still names its platform (for the report).
  if (!parsed.ok) return { ...parsed, platform };
  return { ok: true, locate: parsed.locate, value: { platform, meeting: parsed.value } as PlatformDocument };
}
