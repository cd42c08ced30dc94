// `mediate-check export`: a Zoom meeting or template written as a meeting file,
// without its secrets, so reviewed templates can live in version control.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { UsageError } from '../cli-error';
import { PASSCODE_PLACEHOLDER } from '../model/passcode';
import { redact, redactUrlSecrets } from '../util/secrets';
import { writeStdout } from '../util/stdout';
import { TOOL_VERSION } from '../version';
import { withoutSecrets } from '../zoom/map-meeting';
import { ZoomTargetSource } from '../zoom/fetch-targets';
import { connect, meetingIds, type ZoomOptions } from './check-zoom';
import { warn } from './finish-run';

type Json = Record<string, unknown>;

/** Every text value with its URL credentials blanked (join links, authentication-exception links). */
function blankUrlSecrets(value: unknown): unknown {
  if (typeof value === 'string') return redactUrlSecrets(value);
  if (Array.isArray(value)) return value.map(blankUrlSecrets);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankUrlSecrets(v)]));
  return value;
}

/**
 * The meeting file text for one API object (with its host_settings, account_settings
 * and locks blocks): secret fields removed, credentials in links blanked.
 */
export function exportDocument(object: Json, source: string): string {
  const hadPasscode = [object.password, object.encrypted_password].some((p) => typeof p === 'string' && p.length > 0);
  const clean = blankUrlSecrets(withoutSecrets(object)) as Json;
  const ordered: Json = hadPasscode ? { ...clean, password: PASSCODE_PLACEHOLDER } : clean;
  const doc = new Document(ordered);
  doc.commentBefore = [
    ` Exported from Zoom (${source}) by mediate-check ${TOOL_VERSION} on ${new Date().toISOString().slice(0, 10)}.`,
    ' The passcode, phone and H.323 passcodes, host key, start URL and the credentials in links (pwd=, tk=, zak=) were removed.',
    ' Add a mediation: block (lock plan, clients, participants, agreement) for a complete verdict; see README.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

interface ExportOptions extends ZoomOptions {
  output?: string;
}

export async function exportZoom(ids: string[], options: ExportOptions): Promise<number> {
  const meetings = meetingIds(ids);
  const user = options.user ?? 'me';
  if (meetings.length === 0 && !options.templates) throw new UsageError('name meeting ids to export, or --templates (with --user)');
  const client = await connect(options);
  try {
    const source = new ZoomTargetSource(client);
    const jobs: { file: string; name: string; fetch: () => Promise<Json> }[] = meetings.map((id) => ({
      file: `meeting-${id}.yaml`,
      name: `meeting ${id}`,
      fetch: () => source.meetingObject(id),
    }));
    if (options.templates) {
      for (const id of await source.userTemplateIds(user)) {
        jobs.push({ file: `template-${id}.yaml`, name: `template ${id}`, fetch: () => source.templateObject(user, id) });
      }
    }
    const toFolder = jobs.length > 1 || (options.output !== undefined && isFolder(options.output));
    if (toFolder && !options.output) throw new UsageError(`${jobs.length} documents to export: name a folder with -o <folder>`);
    if (toFolder) mkdirSync(options.output!, { recursive: true });

    let failures = 0;
    const results = await Promise.allSettled(jobs.map((job) => job.fetch()));
    results.forEach((result, index) => {
      const job = jobs[index]!;
      if (result.status === 'rejected') {
        failures++;
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        warn(`${job.name}: ${redact(reason, client.secrets())}`);
        return;
      }
      const text = exportDocument(result.value, job.name);
      if (!options.output) writeStdout(text);
      else {
        const file = toFolder ? path.join(options.output, job.file) : options.output;
        writeFileSync(file, text);
        warn(`wrote ${file}`);
      }
    });
    const warning = source.warning();
    if (warning !== undefined) warn(warning);
    return failures > 0 ? 2 : 0;
  } finally {
    await client.close();
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return file.endsWith('/');
  }
}
