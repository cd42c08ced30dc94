// Writes src/model/zoom-vocabulary.json: the NAMES of the fields Zoom's API
// returns for a meeting, its settings, a user's settings and an account's
// settings, taken from Zoom's OpenAPI documents. Only names are kept (no
// descriptions, types or examples), so the repository carries no copy of the
// documents. Run it when Zoom's API changes:
//   node scripts/extract-zoom-vocabulary.mjs [folder with Meetings.json, Users.json, Accounts.json]
// The build never runs it: the data file is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'zoom-api'));
const load = (name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8'));

function responseSchema(doc, route) {
  const schema = doc.paths?.[route]?.get?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no 200 JSON response for GET ${route}`);
  return schema;
}

/** Every variant of a schema (oneOf/anyOf/allOf flattened): Zoom answers differently per `option`. */
function variants(schema) {
  const parts = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...parts.flatMap(variants)];
}

/** Property name → the schemas that property has across every variant. */
function propertiesOf(schema) {
  const found = new Map();
  for (const variant of variants(schema)) {
    for (const [name, sub] of Object.entries(variant.properties ?? {})) {
      if (!found.has(name)) found.set(name, []);
      found.get(name).push(sub);
    }
  }
  return found;
}

const sorted = (names) => [...new Set(names)].sort();

/** A settings object: group name → the names inside that group (empty for a group that is not an object). */
function groupsOf(schema) {
  const groups = {};
  for (const [group, subs] of [...propertiesOf(schema)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    groups[group] = sorted(subs.flatMap((sub) => [...propertiesOf(sub).keys()]));
  }
  return groups;
}

const meetings = load('Meetings.json');
const users = load('Users.json');
const accounts = load('Accounts.json');

const meeting = responseSchema(meetings, '/meetings/{meetingId}');
const meetingProperties = propertiesOf(meeting);
const settings = meetingProperties.get('settings');
if (!settings) throw new Error('the meeting object has no settings');

const vocabulary = {
  about: 'Field names (only) of Zoom API responses, from Zoom\'s OpenAPI documents; made by scripts/extract-zoom-vocabulary.mjs',
  meeting: sorted([...meetingProperties.keys()]),
  settings: sorted(settings.flatMap((s) => [...propertiesOf(s).keys()])),
  host_settings: groupsOf(responseSchema(users, '/users/{userId}/settings')),
  account_settings: groupsOf(responseSchema(accounts, '/accounts/{accountId}/settings')),
};

const out = path.join(root, 'src', 'model', 'zoom-vocabulary.json');
writeFileSync(out, JSON.stringify(vocabulary) + '\n');
const count = (v) => (Array.isArray(v) ? v.length : Object.values(v).reduce((n, g) => n + 1 + g.length, 0));
console.log(
  `wrote ${path.relative(root, out)}: ${count(vocabulary.meeting)} meeting, ${count(vocabulary.settings)} settings, ` +
    `${count(vocabulary.host_settings)} host_settings, ${count(vocabulary.account_settings)} account_settings names`,
);
