// A meeting file's text → the validated meeting model, or a located error.
import { meetingSchema } from '../model/meeting-schema';
import { editDistance } from '../util/nearest';
import { parseYaml } from './parse-yaml';
import { startOf } from './positions';

/** Top-level blocks whose near-misses are typos, not unknown Zoom fields (which are accepted). */
const BLOCKS = ['mediation', 'host_settings', 'settings'];

export function parseMeeting(text: string) {
  const parsed = parseYaml(text, meetingSchema, 'Zoom meeting fields');
  if (!parsed.ok) return parsed;
  const typos = Object.keys(parsed.value).flatMap((key) => {
    const block = BLOCKS.find((b) => b !== key && !BLOCKS.includes(key) && editDistance(key.toLowerCase(), b) <= 2);
    return block ? [{ key, block }] : [];
  });
  if (typos.length === 0) return parsed;
  const problems = typos.map(({ key, block }) => ({
    message: `${key}: unknown key at the top level; did you mean "${block}"?`,
    pointer: `/${key}`,
    ...startOf(parsed.locate, `/${key}`),
  }));
  const [first] = problems;
  return {
    ok: false as const,
    error: { ...first!, message: first!.message + (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''), ...(problems.length > 1 ? { problems } : {}) },
  };
}
