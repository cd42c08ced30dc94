// Webex meetings → targets named webex:meeting/<id>; one meeting's failure is that target's error.
import type { LoadedTarget } from '../engine/run-checks';
import { describeIssues } from '../load/describe-issue';
import type { Mediation } from '../model/meeting-schema';
import { MEETING_MODELS } from '../model/meeting-models';
import type { WebexMeeting } from '../model/webex-schema';
import { validate } from '../model/validate';
import { ApiError, type Json } from '../http/json-api';
import type { WebexClient } from './client';

export function webexTargetName(id: string): string {
  return `webex:meeting/${id}`;
}

export function webexTarget(name: string, object: Json): LoadedTarget {
  const result = validate(MEETING_MODELS.webex, object);
  if (result.success) return { name, source: 'webex', webex: result.data as WebexMeeting };
  const problems = describeIssues(result.issues, object, result.schema);
  return { name, source: 'webex', error: { message: `Webex returned a value this tool cannot read: ${problems[0]!.message}`, pointer: problems[0]!.pointer } };
}

export class WebexTargetSource {
  constructor(
    private readonly client: WebexClient,
    private readonly mediation?: Mediation,
  ) {}

  meetingObject(id: string): Promise<Json> {
    return this.client.get(`/meetings/${encodeURIComponent(id)}`, {}, 'the meeting');
  }

  private withMediation(object: Json): Json {
    return this.mediation ? { ...object, mediation: this.mediation } : object;
  }

  async meeting(id: string): Promise<LoadedTarget> {
    const name = webexTargetName(id);
    try {
      return webexTarget(name, this.withMediation(await this.meetingObject(id)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { name, source: 'webex', error: { message: this.client.clean(error.message) } };
    }
  }

  /** The ids of the meeting series the token's user can list (the list holds what GET /meetings/{id} returns). */
  async listedObjects(): Promise<Json[]> {
    return this.client.listAll('/meetings', { meetingType: 'meetingSeries', max: '100' });
  }

  async fetch(ids: readonly string[], all: boolean): Promise<LoadedTarget[]> {
    const asked = new Set(ids);
    const targets = await Promise.all([...asked].map((id) => this.meeting(id)));
    if (all) {
      try {
        for (const object of await this.listedObjects()) {
          const id = typeof object.id === 'string' ? object.id : undefined;
          if (id && !asked.has(id)) targets.push(webexTarget(webexTargetName(id), this.withMediation(object)));
        }
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        targets.push({ name: 'webex:meetings', source: 'webex', error: { message: this.client.clean(error.message) } });
      }
    }
    return targets;
  }
}
