// `mediate-check export --platform teams|webex`: Graph or Webex meetings written
// as meeting files, without their secrets (as Zoom's export): the Teams passcode,
// Webex passwords, host key and SIP address go; credentials in links are blanked.
import { Document } from 'yaml';
import { UsageError } from '../cli-error';
import { ApiError, type Json } from '../http/json-api';
import { WEBEX_PASSWORD_PLACEHOLDER } from '../model/passcode';
import { redactUrlSecrets } from '../util/secrets';
import { safeFileName } from '../util/write-inside';
import { TOOL_VERSION } from '../version';
import { proveToken, teamsSource, webexSource, type PlatformOptions } from './check-platforms';
import { exportDestination, writeFailure } from './export-output';
import { warn } from './finish-run';

/** Keys whose values are secrets in Graph's onlineMeeting or Webex's meeting object, at any depth. */
const SECRET_FIELDS = new Set(['passcode', 'password', 'phoneAndVideoSystemPassword', 'panelistPassword', 'phoneAndVideoSystemPanelistPassword', 'hostKey', 'sipAddress']);

function clean(value: unknown): unknown {
  if (typeof value === 'string') return redactUrlSecrets(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (SECRET_FIELDS.has(k) && typeof v !== 'object' ? [] : [[k, clean(v)]])));
  }
  return value;
}

/** The meeting file for one API object: `platform` first, secrets removed (Webex's password leaves a placeholder that says one is set). */
export function exportPlatformDocument(platform: 'teams' | 'webex', object: Json, source: string): string {
  const hadPassword = platform === 'webex' && typeof object.password === 'string' && object.password.length > 0;
  const body = clean(object) as Json;
  const doc = new Document({ platform, ...body, ...(hadPassword && { password: WEBEX_PASSWORD_PLACEHOLDER }) });
  doc.commentBefore = [
    ` Exported from ${platform === 'teams' ? 'Microsoft Graph' : 'Webex'} (${source}) by mediate-check ${TOOL_VERSION} on ${new Date().toISOString().slice(0, 10)}.`,
    platform === 'teams'
      ? ' The join passcode and the credentials in links (p=) were removed.'
      : ' The passwords, host key, SIP address and the credentials in links (MTID=) were removed.',
    ' Add a mediation: block (lock plan, participants, agreement) for a complete verdict; see README.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

export async function exportPlatform(platform: 'teams' | 'webex', asked: string[], options: PlatformOptions & { output?: string; organizer?: string }): Promise<number> {
  // The same meeting named twice is read and written once, at its first place (as Zoom's meetingIds does).
  const ids = [...new Set(asked)];
  if (ids.length === 0) throw new UsageError(`name ${platform === 'teams' ? 'Teams join links or meeting ids' : 'Webex meeting ids'} to export`);
  const opened = platform === 'teams' ? teamsSource(ids, options) : webexSource(ids, options);
  const { client } = opened;
  if (opened.platform === 'teams') await proveToken(client, () => opened.client.accessToken());
  try {
    const taken = new Set<string>();
    const write = exportDestination(options.output, ids.length);
    let failures = 0;
    let link = 0;
    const results = await Promise.allSettled(
      ids.map((id) => opened.source.meetingObject(id)),
    );
    results.forEach((result, index) => {
      const value = ids[index]!;
      // A join link is a credential: never echoed.
      const name = /^https?:\/\//i.test(value) ? `join link ${++link}` : `meeting ${value}`;
      if (result.status === 'rejected') {
        failures++;
        const reason = result.reason instanceof ApiError ? result.reason.message : result.reason instanceof Error ? result.reason.name : 'error';
        warn(`${name}: ${client.clean(reason)}`);
        return;
      }
      try {
        const id = typeof result.value.id === 'string' ? result.value.id : String(index + 1);
        const file = write(exportPlatformDocument(platform, result.value, `meeting ${id}`), () => safeFileName(`${platform}-meeting-`, id, '.yaml', taken));
        if (file !== undefined) warn(`wrote ${file}`);
      } catch (error) {
        failures++;
        warn(`${name}: ${writeFailure(error)}`);
      }
    });
    return failures > 0 ? 2 : 0;
  } finally {
    await client.close();
  }
}
