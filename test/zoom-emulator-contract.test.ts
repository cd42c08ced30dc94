// The emulator answers in the shapes of Zoom's own OpenAPI documents: each
// response it gives is validated against the documented 200 schema. The documents
// are reference data kept beside the project (../shared/zoom-api), not copied in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli';
import { AUDIT, CREDENTIALS, sampleAccount, seedAudit, type ZoomEmulator } from './helpers/zoom-emulator';

const SPEC_DIR = path.join(ROOT, '..', 'shared', 'zoom-api');
const available = existsSync(path.join(SPEC_DIR, 'Meetings.json'));

type Json = Record<string, unknown>;

const documents = new Map<string, Json>();

/**
 * The documented 200 schema. Settings answers are a oneOf chosen by ?option=:
 * `branch` picks the alternative the query selects; without it, the overlapping
 * alternatives are relaxed to anyOf.
 */
function responseSchema(file: string, route: string, branch?: number): Json {
  if (!documents.has(file)) documents.set(file, JSON.parse(readFileSync(path.join(SPEC_DIR, file), 'utf8')));
  const doc = documents.get(file) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Json }> }> } }> };
  let schema = doc.paths[route]!.get.responses['200']!.content['application/json']!.schema;
  if (branch !== undefined) schema = (schema.oneOf as Json[])[branch]!;
  return JSON.parse(JSON.stringify(schema).replace(/"oneOf":/g, '"anyOf":'));
}

/**
 * Keys of `value` that the schema does not declare, as paths: the documents allow
 * extra keys, so a misspelt field (waiting_room_option) would pass validation alone.
 */
function undeclared(value: unknown, schema: Json, at = ''): string[] {
  if (Array.isArray(value)) return schema.items ? value.flatMap((item, i) => undeclared(item, schema.items as Json, `${at}/${i}`)) : [];
  if (typeof value !== 'object' || value === null) return [];
  const parts = [schema, ...((schema.allOf ?? schema.anyOf ?? []) as Json[])];
  const properties: Record<string, Json> = {};
  for (const part of parts) Object.assign(properties, (part.properties ?? {}) as Record<string, Json>);
  if (Object.keys(properties).length === 0) return [];
  return Object.entries(value).flatMap(([key, item]) => (properties[key] ? undeclared(item, properties[key]!, `${at}/${key}`) : [`${at}/${key}`]));
}

describe.skipIf(!available)('emulator against the Zoom OpenAPI documents', () => {
  let emulator: ZoomEmulator;
  let token = '';
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['int64', 'int32', 'double', 'float']) ajv.addFormat(format, true);

  beforeAll(async () => {
    emulator = sampleAccount();
    seedAudit(emulator);
    await emulator.start();
    const auth = Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64');
    const response = await fetch(`${emulator.origin}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=account_credentials&account_id=${CREDENTIALS.accountId}`,
    });
    token = ((await response.json()) as { access_token: string }).access_token;
  });
  afterAll(() => emulator.stop());

  // [document, route, request, the oneOf alternative the request's option selects]
  const cases: [string, string, string, number?][] = [
    ['Meetings.json', '/meetings/{meetingId}', '/v2/meetings/85746065432'],
    ['Meetings.json', '/meetings/{meetingId}', '/v2/meetings/6589310093'],
    ['Meetings.json', '/meetings/{meetingId}', `/v2/meetings/${AUDIT.meetingId}`],
    ['Meetings.json', '/users/{userId}/meetings', '/v2/users/me/meetings?type=scheduled&page_size=300'],
    ['Meetings.json', '/users/{userId}/meeting_templates', '/v2/users/me/meeting_templates'],
    ['Users.json', '/users/{userId}/meeting_templates/{meetingTemplateId}', '/v2/users/owner/meeting_templates/emuTpl001'],
    ['Users.json', '/users/{userId}/meeting_templates/{meetingTemplateId}', `/v2/users/${AUDIT.hostId}/meeting_templates/${AUDIT.templateId}`],
    ['Users.json', '/users/{userId}/settings', '/v2/users/owner/settings', 0],
    ['Users.json', '/users/{userId}/settings', '/v2/users/owner/settings?option=meeting_security', 3],
    ['Users.json', '/users/{userId}/settings', '/v2/users/owner/settings?option=meeting_authentication', 1],
    ['Users.json', '/users/{userId}/settings', `/v2/users/${AUDIT.hostId}/settings`, 0],
    ['Users.json', '/users/{userId}/settings', `/v2/users/${AUDIT.hostId}/settings?option=meeting_security`, 3],
    ['Users.json', '/users', '/v2/users?status=active&page_size=300'],
    ['Users.json', '/users/{userId}', '/v2/users/owner'],
    ['Users.json', '/users/{userId}', '/v2/users/me'],
    ['Users.json', '/groups/{groupId}/lock_settings', '/v2/groups/grpLegal/lock_settings', 0],
    ['Users.json', '/groups/{groupId}/lock_settings', '/v2/groups/grpCaucus/lock_settings?option=meeting_security', 1],
    ['Accounts.json', '/accounts/{accountId}/settings', '/v2/accounts/me/settings', 0],
    ['Accounts.json', '/accounts/{accountId}/settings', '/v2/accounts/me/settings?option=meeting_security', 2],
    ['Accounts.json', '/accounts/{accountId}/lock_settings', '/v2/accounts/me/lock_settings', 0],
    ['Accounts.json', '/accounts/{accountId}/lock_settings', '/v2/accounts/me/lock_settings?option=meeting_security', 1],
  ];

  it.each(cases)('%s %s: %s', async (file, route, url, branch) => {
    const response = await fetch(emulator.origin + url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body = await response.json();
    const schema = responseSchema(file, route, branch);
    const validate = ajv.compile(schema);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(undeclared(body, schema)).toEqual([]);
  });

  it('PATCH /meetings/{meetingId}: a body of the request schema is applied (204, no body); one outside it is refused', async () => {
    const { patchBodyValidator } = await import('./helpers/zoom-request-schema');
    const patching = sampleAccount({ validatePatchBody: patchBodyValidator(), overwrite: { 'settings.join_before_host': true } });
    await patching.start();
    try {
      // A token of this emulator (the shared one was issued by the other).
      const auth = Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64');
      const issued = await fetch(`${patching.origin}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=account_credentials&account_id=${CREDENTIALS.accountId}`,
      });
      const own = ((await issued.json()) as { access_token: string }).access_token;
      const patch = (body: unknown) =>
        fetch(`${patching.origin}/v2/meetings/85746065432`, { method: 'PATCH', headers: { authorization: `Bearer ${own}` }, body: JSON.stringify(body) });
      const ok = await patch({ settings: { waiting_room: true, join_before_host: false, waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' } } });
      expect(ok.status).toBe(204);
      expect(await ok.text()).toBe('');
      const settings = patching.meetings.get('85746065432')!.settings as Record<string, unknown>;
      expect(settings).toMatchObject({ waiting_room: true, waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'everyone' }, audio: 'both' });
      expect(settings.join_before_host).toBe(true); // Zoom's overwrite, as told
      const bad = await patch({ settings: { auto_recording: 'always', waiting_room_option: { mode: 'custom' } } });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 300, message: 'Validation Failed.' });
      expect(patching.patches).toHaveLength(1);
      expect(patching.log.filter((l) => l.method === 'PATCH').map((l) => l.status)).toEqual([204, 400]);
    } finally {
      await patching.stop();
    }
  });

  it('rejects what the documents rule out (the check can fail)', () => {
    const validate = ajv.compile(responseSchema('Meetings.json', '/meetings/{meetingId}'));
    expect(validate({ id: 'not-a-number', settings: { auto_recording: 'always' } })).toBe(false);
    const locks = ajv.compile(responseSchema('Accounts.json', '/accounts/{accountId}/lock_settings', 1));
    expect(locks({ meeting_security: { waiting_room: 'yes' } })).toBe(false);
    const schema = responseSchema('Meetings.json', '/meetings/{meetingId}');
    expect(undeclared({ id: 1, settings: { waiting_room_option: { mode: 'custom' } } }, schema)).toEqual(['/settings/waiting_room_option']);
  });
});
