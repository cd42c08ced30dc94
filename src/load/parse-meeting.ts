// A meeting file's text → the validated meeting model, or a located error.
import { meetingSchema } from '../model/meeting-schema';
import { parseYaml } from './parse-yaml';

export function parseMeeting(text: string) {
  return parseYaml(text, meetingSchema, 'Zoom meeting fields');
}
