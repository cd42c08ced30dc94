// `mediate-check zoom`: check meetings and templates straight from the Zoom API.
import { UsageError } from '../cli-error';
import { readMediationFile } from '../load/read-mediation';
import { commandLineClientOptions } from '../http/client-options';
import { ZoomClient } from '../zoom/client';
import { zoomConfigFromEnv } from '../zoom/config';
import { ZoomAuthError, ZoomNetworkError } from '../zoom/errors';
import { ZoomTargetSource, type ZoomSelection } from '../zoom/fetch-targets';
import { finishRun, prepareRun, warn, type CheckOptions } from './finish-run';

export interface ZoomOptions {
  user?: string;
  templates?: boolean;
  allUsers?: boolean;
  /** Plan the fixes of failing checks (nothing is sent without `apply`). */
  fix?: boolean;
  /** With `fix`: send them (PATCH /meetings/{id}) and report what Zoom kept. */
  apply?: boolean;
  mediation?: string;
  /** Ceiling per rate-limit label; undefined: the pace adapts with no ceiling. */
  rate?: number;
  concurrency: number;
  timeout: number;
}

/**
 * Meeting ids as people paste them ("857 4606 5432" or "857-4606-5432") → digits.
 * An id is a number, so leading zeros go; the same meeting named twice is checked
 * once, at its first place (as a file named twice is).
 */
export function meetingIds(raw: readonly string[]): string[] {
  const ids = raw.map((value) => {
    const id = value.replace(/[\s-]/g, '');
    if (!/^\d{1,20}$/.test(id)) throw new UsageError(`"${value}" is not a Zoom meeting id (a number, such as 85746065432)`);
    return id.replace(/^0+(?=\d)/, '');
  });
  return [...new Set(ids)];
}

/** Opens a client and proves the credentials once, so a bad secret is one clear message, not one per meeting. */
export async function connect(options: ZoomOptions): Promise<ZoomClient> {
  const client = new ZoomClient(zoomConfigFromEnv(), commandLineClientOptions(options));
  try {
    await client.accessToken();
  } catch (error) {
    await client.close();
    if (error instanceof ZoomAuthError || error instanceof ZoomNetworkError) throw new UsageError(error.message);
    throw error;
  }
  return client;
}

export async function checkZoom(ids: string[], options: ZoomOptions & CheckOptions): Promise<number> {
  const selection: ZoomSelection = {
    meetingIds: meetingIds(ids),
    user: options.user,
    templates: Boolean(options.templates),
    allUsers: Boolean(options.allUsers),
  };
  if (selection.meetingIds.length === 0 && selection.user === undefined && !selection.templates && !selection.allUsers) {
    throw new UsageError('name what to check: meeting ids, --user <id|me>, --templates or --all-users');
  }
  if (options.apply && !options.fix) throw new UsageError('--apply sends the fixes of --fix: give both (mediate-check zoom <id...> --fix --apply)');
  const setup = await prepareRun(options);
  const mediation = options.mediation ? readMediationFile(options.mediation) : undefined;
  const client = await connect(options);
  try {
    const source = new ZoomTargetSource(client, mediation);
    const loaded = await source.fetch(selection);
    if (loaded.length === 0) warn('Zoom returned no meetings or templates for this selection');
    const warning = source.warning();
    const runWarnings = warning === undefined ? [] : [warning];
    if (options.fix) return await (await import('./fix-zoom')).fixZoom(loaded, source, client, setup, options, runWarnings);
    return await finishRun(loaded, setup, options, [], runWarnings);
  } finally {
    await client.close();
  }
}
