// The request schema of PATCH /meetings/{meetingId} from Zoom's OpenAPI document
// (../shared/zoom-api/Meetings.json, reference data, not copied in), as a check
// the emulator runs on every PATCH body: ajv validation plus keys the schema does
// not declare (the documents allow extra keys, so a misspelt field would pass).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from './cli';

type Json = Record<string, unknown>;

export const MEETINGS_DOCUMENT = path.join(ROOT, '..', 'shared', 'zoom-api', 'Meetings.json');
export const requestSchemaAvailable = existsSync(MEETINGS_DOCUMENT);

export function patchRequestSchema(): Json {
  const doc = JSON.parse(readFileSync(MEETINGS_DOCUMENT, 'utf8')) as {
    paths: Record<string, { patch: { requestBody: { content: Record<string, { schema: Json }> } } }>;
  };
  const schema = doc.paths['/meetings/{meetingId}']!.patch.requestBody.content['application/json']!.schema;
  return JSON.parse(JSON.stringify(schema).replace(/"oneOf":/g, '"anyOf":'));
}

/** Keys of `value` that the schema does not declare, as JSON pointers. */
export function undeclaredKeys(value: unknown, schema: Json, at = ''): string[] {
  if (Array.isArray(value)) return schema.items ? value.flatMap((item, i) => undeclaredKeys(item, schema.items as Json, `${at}/${i}`)) : [];
  if (typeof value !== 'object' || value === null) return [];
  const parts = [schema, ...((schema.allOf ?? schema.anyOf ?? []) as Json[])];
  const properties: Record<string, Json> = {};
  for (const part of parts) Object.assign(properties, (part.properties ?? {}) as Record<string, Json>);
  if (Object.keys(properties).length === 0) return [];
  return Object.entries(value).flatMap(([key, item]) => (properties[key] ? undeclaredKeys(item, properties[key]!, `${at}/${key}`) : [`${at}/${key}`]));
}

/** The emulator's `validatePatchBody`: every problem of a body, as text (none: valid). */
export function patchBodyValidator(): (body: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['int64', 'int32', 'double', 'float']) ajv.addFormat(format, true);
  const schema = patchRequestSchema();
  const validate = ajv.compile(schema);
  return (body) => {
    const errors = validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return [...errors, ...undeclaredKeys(body, schema).map((pointer) => `${pointer} is not a field of the request`)];
  };
}
