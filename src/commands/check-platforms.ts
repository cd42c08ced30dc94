// `mediate-check teams` and `mediate-check webex`: meetings read live from
// Microsoft Graph or the Webex API, checked like files. Loaded only when one runs.
import { UsageError } from '../cli-error';
import { commandLineClientOptions } from '../http/client-options';
import { ApiError, type JsonApi } from '../http/json-api';
import { GraphClient, graphConfigFromEnv } from '../teams/client';
import { TeamsTargetSource } from '../teams/fetch-targets';
import { WebexClient, webexConfigFromEnv } from '../webex/client';
import { WebexTargetSource } from '../webex/fetch-targets';
import { readMediationFile } from '../load/read-mediation';
import { finishRun, prepareRun, warn, type CheckOptions } from './finish-run';

export interface PlatformOptions {
  mediation?: string;
  rate?: number;
  concurrency: number;
  timeout: number;
}

export function teamsSource(ids: readonly string[], options: PlatformOptions & { organizer?: string }): { platform: 'teams'; client: GraphClient; source: TeamsTargetSource } {
  if (ids.length === 0) throw new UsageError('name Teams meetings to check: join links (https://teams.microsoft.com/…) or meeting ids');
  if (!options.organizer?.trim()) throw new UsageError('--organizer <userId|UPN> is required: Graph reads meetings through their organizer (or an invited attendee)');
  const mediation = options.mediation ? readMediationFile(options.mediation) : undefined;
  const client = new GraphClient(graphConfigFromEnv(), commandLineClientOptions(options));
  return { platform: 'teams', client, source: new TeamsTargetSource(client, options.organizer.trim(), mediation) };
}

export function webexSource(ids: readonly string[], options: PlatformOptions & { all?: boolean }): { platform: 'webex'; client: WebexClient; source: WebexTargetSource } {
  if (ids.length === 0 && !options.all) throw new UsageError('name Webex meeting ids to check, or --all');
  for (const id of ids) if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) throw new UsageError(`"${id.slice(0, 60)}" is not a Webex meeting id (letters, digits, _ and -)`);
  const mediation = options.mediation ? readMediationFile(options.mediation) : undefined;
  const client = new WebexClient(webexConfigFromEnv(), commandLineClientOptions(options));
  return { platform: 'webex', client, source: new WebexTargetSource(client, mediation) };
}

/** A credential problem is the run's (exit 2, one message); other failures are per target. */
export async function proveToken(client: JsonApi, prove: () => Promise<unknown>): Promise<void> {
  try {
    await prove();
  } catch (error) {
    await client.close();
    if (error instanceof ApiError) throw new UsageError(error.message);
    throw error;
  }
}

export async function checkTeams(ids: string[], options: PlatformOptions & CheckOptions & { organizer?: string }): Promise<number> {
  const setup = await prepareRun(options);
  const { client, source } = teamsSource(ids, options);
  await proveToken(client, () => client.accessToken());
  try {
    const loaded = await source.fetch(ids);
    return await finishRun(loaded, setup, options, [], []);
  } finally {
    await client.close();
  }
}

export async function checkWebex(ids: string[], options: PlatformOptions & CheckOptions & { all?: boolean }): Promise<number> {
  const setup = await prepareRun(options);
  const { client, source } = webexSource(ids, options);
  try {
    const loaded = await source.fetch(ids, Boolean(options.all));
    if (loaded.length === 0) warn('Webex returned no meetings for this selection');
    return await finishRun(loaded, setup, options, [], []);
  } finally {
    await client.close();
  }
}
