// A meeting file's text → the validated meeting model, or a located error.
import { meetingSchema } from '../model/meeting-schema';
import { editDistance } from '../util/nearest';
import { escapeSegment } from '../util/pointer';
import { parseYaml } from './parse-yaml';

/** Top-level blocks whose near-misses are typos, not unknown Zoom fields (which are accepted). */
const BLOCKS = ['mediation', 'host_settings', 'account_settings', 'locks', 'settings'];

/** Top-level fields of Zoom's meeting object (and of our blocks): never typos. */
const KNOWN = new Set([
  ...BLOCKS,
  'uuid', 'id', 'host_id', 'host_email', 'assistant_id', 'topic', 'type', 'status', 'start_time', 'duration', 'timezone',
  'agenda', 'created_at', 'start_url', 'join_url', 'chat_join_url', 'password', 'h323_password', 'pstn_password',
  'encrypted_password', 'pre_schedule', 'occurrences', 'recurrence', 'tracking_fields', 'template_id', 'pmi',
  'dynamic_host_key', 'creation_source', 'registration_url', 'template_settings',
]);

function blockTypos(data: Record<string, unknown>) {
  return Object.keys(data).flatMap((key) => {
    if (KNOWN.has(key)) return [];
    const block = BLOCKS.find((b) => Math.abs(b.length - key.length) <= 2 && editDistance(key.toLowerCase(), b) <= 2);
    return block ? [{ message: `${key}: unknown key at the top level; did you mean "${block}"?`, pointer: '/' + escapeSegment(key) }] : [];
  });
}

export function parseMeeting(text: string) {
  return parseYaml(text, meetingSchema, 'Zoom meeting fields', blockTypos);
}
