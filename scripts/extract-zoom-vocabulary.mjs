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

/** Every property name at any depth (Zoom's documents name one setting differently in different places). */
function allNames(schema, into = new Set(), depth = 0) {
  if (depth > 32 || schema === null || typeof schema !== 'object') return into;
  for (const variant of variants(schema)) {
    for (const [name, sub] of Object.entries(variant.properties ?? {})) {
      into.add(name);
      allNames(sub, into, depth + 1);
    }
    if (variant.items) allNames(variant.items, into, depth + 1);
  }
  return into;
}

const vocabulary = {
  about: 'Field names (only) of Zoom API responses, from Zoom\'s OpenAPI documents; made by scripts/extract-zoom-vocabulary.mjs',
  meeting: sorted([...meetingProperties.keys()]),
  settings: sorted(settings.flatMap((s) => [...propertiesOf(s).keys()])),
  host_settings: groupsOf(responseSchema(users, '/users/{userId}/settings')),
  account_settings: groupsOf(responseSchema(accounts, '/accounts/{accountId}/settings')),
  /** Names used anywhere in these responses and in lock and group settings: never taken for a typo, wherever they stand. */
  elsewhere: [],
};
const everywhere = new Set();
for (const [doc, route] of [
  [meetings, '/meetings/{meetingId}'],
  [users, '/users/{userId}/settings'],
  [accounts, '/accounts/{accountId}/settings'],
  [accounts, '/accounts/{accountId}/lock_settings'],
  [users, '/groups/{groupId}/settings'],
  [users, '/groups/{groupId}/lock_settings'],
]) {
  allNames(responseSchema(doc, route), everywhere);
}
const listed = new Set([
  ...vocabulary.meeting,
  ...vocabulary.settings,
  ...[vocabulary.host_settings, vocabulary.account_settings].flatMap((groups) => Object.entries(groups).flat(2)),
]);
vocabulary.elsewhere = sorted([...everywhere].filter((name) => !listed.has(name)));

const out = path.join(root, 'src', 'model', 'zoom-vocabulary.json');
writeFileSync(out, JSON.stringify(vocabulary) + '\n');
const count = (v) => (Array.isArray(v) ? v.length : Object.values(v).reduce((n, g) => n + 1 + g.length, 0));
console.log(
  `wrote ${path.relative(root, out)}: ${count(vocabulary.meeting)} meeting, ${count(vocabulary.settings)} settings, ` +
    `${count(vocabulary.host_settings)} host_settings, ${count(vocabulary.account_settings)} account_settings, ${count(vocabulary.elsewhere)} other names`,
);
