// A meeting file's text → the validated meeting model, or a located error.
import { meetingSchema } from '../model/meeting-schema';
import { parseYaml, type PassOver } from './parse-yaml';
import { zoomKeyTypos } from './zoom-typos';

/** `passOver`: for a file found by a folder search, what is not a meeting is passed over, not validated. */
export function parseMeeting(text: string, passOver?: PassOver) {
  // Near-misses of Zoom's field names (and of our blocks) are typos; other unknown Zoom fields are accepted.
  return parseYaml(text, meetingSchema, 'Zoom meeting fields', zoomKeyTypos, passOver);
}
