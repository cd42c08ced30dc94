// A PATCH /meetings/{meetingId} body from a plan's field changes: each pointer
// (/settings/waiting_room_options/mode) becomes a nested key, so the body holds
// the planned fields and nothing else.
import type { FieldChange } from '../engine/define-rule';
import { isWritable } from '../engine/fix';

type Json = Record<string, unknown>;

export function patchBody(changes: readonly FieldChange[]): Json {
  const body: Json = {};
  for (const { pointer, value } of changes) {
    // Rules can only build writable changes; checked again at the wire.
    if (!isWritable(pointer)) throw new Error(`refusing to send ${pointer} to Zoom`);
    const keys = pointer.split('/').slice(1);
    let node = body;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
    node[keys.at(-1)!] = value;
  }
  return body;
}
