// `mediate-check export`: a Zoom meeting or template written as a meeting file,
// without its secrets, so reviewed templates can live in version control.
import { Document } from 'yaml';
import { UsageError } from '../cli-error';
import { PASSCODE_PLACEHOLDER } from '../model/passcode';
import { redact, redactUrlSecrets } from '../util/secrets';
import { safeFileName } from '../util/write-inside';
import { TOOL_VERSION } from '../version';
import { withoutSecrets } from '../zoom/map-meeting';
import { ZoomTargetSource } from '../zoom/fetch-targets';
import { connect, meetingIds, type ZoomOptions } from './check-zoom';
import { exportDestination, writeFailure } from './export-output';
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
    // File names come from ids the API returns: made safe (or refused) and unique when written.
    const taken = new Set<string>();
    const fileFor = (prefix: string, id: string) => () => safeFileName(prefix, id, '.yaml', taken);
    const jobs: { file: () => string; name: string; fetch: () => Promise<Json> }[] = meetings.map((id) => ({
      file: fileFor('meeting-', id),
      name: `meeting ${id}`,
      fetch: () => source.meetingObject(id),
    }));
    if (options.templates) {
      for (const id of await source.userTemplateIds(user)) {
        jobs.push({ file: fileFor('template-', id), name: `template ${id}`, fetch: () => source.templateObject(user, id) });
      }
    }
    const write = exportDestination(options.output, jobs.length);

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
      // One document's failure (a refused name, a full disk, input nested too deeply to
      // write) is that document's: the others are still written.
      try {
        const file = write(exportDocument(result.value, job.name), job.file);
        if (file !== undefined) warn(`wrote ${file}`);
      } catch (error) {
        failures++;
        warn(`${job.name}: ${writeFailure(error)}`);
      }
    });
    const warning = source.warning();
    if (warning !== undefined) warn(warning);
    return failures > 0 ? 2 : 0;
  } finally {
    await client.close();
  }
}
