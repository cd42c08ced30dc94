// What the JSON Schemas for editors add to the ones generated from zod: hover
// help (descriptions) for the meeting file's keys, and for the policy file the
// profiles, rule ids, severities and each rule's options as the tool checks
// them. Applied only by `mediate-check schema` (and the build), so nothing here
// runs when a meeting is checked.
import { allRules } from '../../rules/index';
import { profiles } from '../../rules/profiles';
import { SEVERITY_SETTINGS } from '../policy/policy-schema';
import * as z from 'zod/mini';

type JsonSchema = Record<string, any>;

const PORTAL = 'Zoom web portal: ';
const EDIT = `${PORTAL}Meetings → your meeting → Edit`;

/** Key path (`a.b`, `list[].key`) → its hover help. */
export const MEETING_DESCRIPTIONS: Record<string, string> = {
  id: `The meeting ID, 9 to 11 digits (${PORTAL}Meetings → your meeting → Meeting ID).`,
  type: 'The kind of meeting: 1 instant, 2 scheduled, 3 recurring with no fixed time, 4 personal meeting ID, 8 recurring at fixed times, 10 screen share only. A mediation needs 2 (or 8).',
  topic: 'The meeting\'s title.',
  password: `The passcode (${EDIT} → Security → Passcode). Quote it. mediate-check never prints it.`,
  encrypted_password: 'The encrypted passcode Zoom\'s API returns; it says that a passcode is set.',
  pstn_password: 'The numeric passcode phone callers type.',
  join_url: 'The invite link. A link with ?pwd=… carries the passcode inside it.',
  template_id: 'A meeting template\'s id: a file with template_id and no id is a template.',
  settings: 'The meeting\'s own settings, as GET /meetings/{meetingId} returns them.',
  'settings.use_pmi': `Whether the meeting runs on the host's Personal Meeting ID (${EDIT} → Meeting ID). A mediation needs false.`,
  'settings.waiting_room': `The waiting room (${EDIT} → Security → Waiting Room; in the meeting: Security → Enable Waiting Room).`,
  'settings.waiting_room_options': 'Who goes to the waiting room, for this meeting (mode custom).',
  'settings.join_before_host': `Whether people can enter before the host (${EDIT} → Options → "Allow participants to join anytime").`,
  'settings.meeting_authentication': `Only signed-in users can join (${EDIT} → Security → "Require authentication to join").`,
  'settings.encryption_type': `enhanced_encryption, or e2ee for end-to-end encryption (${EDIT} → Encryption).`,
  'settings.audio': `How people join the audio: voip (computer audio only), telephony, both, thirdParty (${EDIT} → Audio).`,
  'settings.auto_recording': `Recording that starts by itself: none, local or cloud (${EDIT} → Options → "Automatically record meeting").`,
  'settings.alternative_hosts': `Alternative hosts' emails, separated by ; or , (${EDIT} → Options → Alternative hosts).`,
  'settings.auto_start_meeting_summary': `An AI summary that starts by itself (${EDIT} → Options → "Automatically start meeting summary").`,
  'settings.continuous_meeting_chat': `Chat kept before and after the meeting (${EDIT} → Options → "Enable Continuous Meeting Chat").`,
  'settings.breakout_room': `Breakout rooms prepared for this meeting (${EDIT} → Options → "Breakout Room pre-assign").`,
  host_settings: `The host's settings, for every meeting, as GET /users/{userId}/settings returns them (${PORTAL}Settings → Meeting).`,
  'host_settings.meeting_security': `${PORTAL}Settings → Meeting → Security.`,
  'host_settings.meeting_security.embed_password_in_join_link': `"Embed passcode in invite link for one-click join" (${PORTAL}Settings → Meeting → Security).`,
  'host_settings.meeting_security.phone_password': `"Require passcode for participants joining by phone" (${PORTAL}Settings → Meeting → Security).`,
  'host_settings.in_meeting': `${PORTAL}Settings → Meeting → In Meeting (Basic) and In Meeting (Advanced).`,
  'host_settings.in_meeting.show_a_join_from_your_browser_link': `"Show a 'Join from your browser' link" (${PORTAL}Settings → Meeting → In Meeting (Advanced)).`,
  'host_settings.in_meeting.who_can_share_screen': `"Who can share?": host or all (${PORTAL}Settings → Meeting → In Meeting (Basic) → Screen sharing).`,
  'host_settings.in_meeting.breakout_room': `Whether the host can open breakout rooms (${PORTAL}Settings → Meeting → In Meeting (Advanced) → Breakout room).`,
  'host_settings.in_meeting.auto_saving_chat': `"Auto saving chats" (${PORTAL}Settings → Meeting → In Meeting (Basic)).`,
  account_settings: 'The account\'s settings, as GET /accounts/{accountId}/settings returns them (written by `mediate-check export`).',
  locks: 'Which settings are locked for the host (true), as GET /accounts/{accountId}/lock_settings returns them.',
  mediation: 'What no Zoom setting holds: the mediation\'s own facts, added by you.',
  'mediation.lock_after_join': 'The host will lock the meeting once everyone is in (in the meeting: Security → Lock Meeting).',
  'mediation.client': 'The Zoom apps people join with.',
  'mediation.client.minimum_version': 'The lowest Zoom desktop app version anyone may join with, written major.minor.patch in quotes ("6.4.0").',
  'mediation.client.browser_join': 'Whether anyone may join from a web browser (a mediation needs false).',
  'mediation.participants': 'Everyone who will attend or can hear, disclosed in advance.',
  'mediation.participants[].name': 'The person\'s name, as the briefing shows it.',
  'mediation.participants[].role': 'party, counsel, mediator, observer, expert or other.',
  'mediation.participants[].network': 'Where they join from: private, vpn, public or unknown. Ask each person.',
  'mediation.participants[].email': 'Their email; compared with settings.alternative_hosts.',
  'mediation.invitation': 'How the invitation travels.',
  'mediation.invitation.passcode_sent_separately': 'The passcode goes by another channel than the link.',
  'mediation.invitation.participants_warned': 'Everyone was told to keep the link and the passcode private.',
  'mediation.agreement': 'The video clauses of the mediation agreement.',
  'mediation.agreement.platform_risks_acknowledged': 'The parties accept the risks of meeting by video.',
  'mediation.agreement.attendees_disclosed': 'Everyone who will attend or can hear is named in advance.',
  'mediation.agreement.no_recording_without_consent': 'Nobody records any part without everyone\'s consent.',
  'mediation.agreement.communications_heard_by_all': 'Everything said is heard by everyone (no hidden listeners).',
  'mediation.agreement.private_caucus_carve_out': 'Private caucus (breakout rooms) is carved out of "heard by all".',
  'mediation.agreement.statutory_mediation': 'The session is a mediation for every applicable law, regulation and rule.',
};

/** The schema of a key path, or undefined where the generated schema has no such key. */
export function schemaAt(root: JsonSchema, keyPath: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const part of keyPath.split('.')) {
    const [name, list] = part.endsWith('[]') ? [part.slice(0, -2), true] : [part, false];
    node = node?.properties?.[name];
    if (list) node = node?.items;
  }
  return node;
}

export function describeMeeting(schema: JsonSchema): JsonSchema {
  for (const [keyPath, description] of Object.entries(MEETING_DESCRIPTIONS)) {
    const node = schemaAt(schema, keyPath);
    if (node) node.description = description;
  }
  return schema;
}

/** The policy file's keys typed as the tool checks them: profiles, rule ids, severities, each rule's options. */
export function typePolicy(schema: JsonSchema): JsonSchema {
  const p = schema.properties;
  const severity = { enum: [...SEVERITY_SETTINGS], description: 'off removes the rule from the run; warning or error sets its severity.' };
  p.profile = { enum: Object.keys(profiles), description: 'The default profile here; --profile still wins.' };
  const rules: Record<string, JsonSchema> = {};
  for (const rule of allRules) {
    const options = rule.options
      ? (z.toJSONSchema(rule.options.schema(z), { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as JsonSchema)
      : { type: 'object', properties: {}, additionalProperties: false };
    delete options.$schema;
    for (const [key, text] of Object.entries(rule.options?.describe ?? {})) if (options.properties?.[key]) options.properties[key].description = text;
    options.properties = { severity, ...options.properties };
    rules[rule.id] = { description: `${rule.summary} (default ${rule.severity})`, anyOf: [severity, options] };
  }
  p.rules = { type: 'object', description: 'Per rule: a severity, or a mapping of severity and the rule\'s options.', properties: rules, additionalProperties: false };
  const waiver = p.waivers.items;
  waiver.properties.rule = { enum: allRules.map((r) => r.id), description: 'The rule whose failing checks this waiver waives.' };
  waiver.properties.target.description = 'A glob over target names, relative to this file\'s folder; leave out for every target.';
  waiver.properties.reason.description = 'Why the check is waived (required).';
  waiver.properties.expires = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The last day it applies (inclusive, UTC), written YYYY-MM-DD.' };
  p.require_locked.description = 'Passes must rest on settings locked for the host.';
  return schema;
}
