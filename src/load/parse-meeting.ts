// A meeting file's text → the validated meeting model, or a located error.
import { meetingSchema } from '../model/meeting-schema';
import { parseYaml } from './parse-yaml';
import { zoomKeyTypos } from './zoom-typos';

export function parseMeeting(text: string) {
  // Near-misses of Zoom's field names (and of our blocks) are typos; other unknown Zoom fields are accepted.
  return parseYaml(text, meetingSchema, 'Zoom meeting fields', zoomKeyTypos);
}
