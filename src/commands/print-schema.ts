// `mediate-check schema <name>`: JSON Schemas generated from the zod schemas the
// tool itself validates with, for editors (yaml-language-server) and scripts.
import * as z from 'zod/mini';
import { UsageError } from '../cli-error';
import { meetingSchema } from '../model/meeting-schema';
import { teamsMeetingSchema } from '../model/teams-schema';
import { webexMeetingSchema } from '../model/webex-schema';
import { policySchema } from '../policy/policy-schema';
import { reportSchema } from '../report/report-schema';
import { describeMeeting, typePolicy } from './schema-extras';

export const SCHEMAS = {
  meeting: { schema: meetingSchema(), title: 'mediate-check meeting file' },
  'teams-meeting': { schema: teamsMeetingSchema(), title: 'mediate-check Teams meeting file (Graph v1.0 onlineMeeting, the fields the rules read)' },
  'webex-meeting': { schema: webexMeetingSchema(), title: 'mediate-check Webex meeting file (GET /v1/meetings/{meetingId}, the fields the rules read)' },
  report: { schema: reportSchema, title: 'mediate-check JSON report (schemaVersion 1)' },
  policy: { schema: policySchema, title: 'mediate-check policy file (.mediate-check.yaml)' },
} as const;

export function jsonSchema(name: string): object {
  const entry = SCHEMAS[name as keyof typeof SCHEMAS];
  if (!entry) throw new UsageError(`unknown schema "${name}" (choose ${Object.keys(SCHEMAS).join(', ')})`);
  // Checks zod cannot express in JSON Schema (refinements) are left out; the tool still applies them.
  const generated = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, any>;
  // Hover help for editors, and the policy file typed as the tool checks it (see schema-extras).
  const extended = name === 'meeting' ? describeMeeting(generated) : name === 'policy' ? typePolicy(generated) : generated;
  return { ...extended, title: entry.title };
}
