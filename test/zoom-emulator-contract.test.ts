// The emulator answers in the shapes of Zoom's own OpenAPI documents: each
// response it gives is validated against the documented 200 schema. The documents
// are reference data kept beside the project (../shared/zoom-api), not copied in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli';
import { CREDENTIALS, sampleAccount, type ZoomEmulator } from './helpers/zoom-emulator';

const SPEC_DIR = path.join(ROOT, '..', 'shared', 'zoom-api');
const available = existsSync(path.join(SPEC_DIR, 'Meetings.json'));

type Json = Record<string, unknown>;

function responseSchema(file: string, route: string): Json {
  const doc = JSON.parse(readFileSync(path.join(SPEC_DIR, file), 'utf8'));
  const schema = doc.paths[route].get.responses['200'].content['application/json'].schema as Json;
  // Settings answers are a oneOf chosen by ?option=; the alternatives overlap, so any one may match.
  return JSON.parse(JSON.stringify(schema).replace(/"oneOf":/g, '"anyOf":'));
}

describe.skipIf(!available)('emulator against the Zoom OpenAPI documents', () => {
  let emulator: ZoomEmulator;
  let token = '';
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['int64', 'int32', 'double', 'float']) ajv.addFormat(format, true);

  beforeAll(async () => {
    emulator = sampleAccount();
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

  const cases: [string, string, string][] = [
    ['Meetings.json', '/meetings/{meetingId}', '/v2/meetings/85746065432'],
    ['Meetings.json', '/meetings/{meetingId}', '/v2/meetings/6589310093'],
    ['Meetings.json', '/users/{userId}/meetings', '/v2/users/me/meetings?type=scheduled&page_size=300'],
    ['Meetings.json', '/users/{userId}/meeting_templates', '/v2/users/me/meeting_templates'],
    ['Users.json', '/users/{userId}/meeting_templates/{meetingTemplateId}', '/v2/users/owner/meeting_templates/emuTpl001'],
    ['Users.json', '/users/{userId}/settings', '/v2/users/owner/settings'],
    ['Users.json', '/users/{userId}/settings', '/v2/users/owner/settings?option=meeting_security'],
    ['Users.json', '/users', '/v2/users?status=active&page_size=300'],
  ];

  it.each(cases)('%s %s: %s', async (file, route, url) => {
    const response = await fetch(emulator.origin + url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body = await response.json();
    const validate = ajv.compile(responseSchema(file, route));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the documents rule out (the check can fail)', () => {
    const validate = ajv.compile(responseSchema('Meetings.json', '/meetings/{meetingId}'));
    expect(validate({ id: 'not-a-number', settings: { auto_recording: 'always' } })).toBe(false);
  });
});
