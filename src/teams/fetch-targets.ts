// Teams meetings from Graph → targets named teams:meeting/<id>. A join link is
// looked up with $filter=JoinWebUrl eq '<link>' (Graph answers a list of one);
// anything else is a meeting id. One meeting's failure is that target's error.
import type { LoadedTarget } from '../engine/run-checks';
import { describeIssues } from '../load/describe-issue';
import type { Mediation } from '../model/meeting-schema';
import { MEETING_MODELS } from '../model/meeting-models';
import type { TeamsMeeting } from '../model/teams-schema';
import { validate } from '../model/validate';
import { ApiError, type Json } from '../http/json-api';
import type { GraphClient } from './client';

const isJoinLink = (value: string) => /^https?:\/\//i.test(value);

export function teamsTargetName(id: string): string {
  return `teams:meeting/${id}`;
}

/** A Graph object (with the mediation block) as a target, or the reason it cannot be read. */
export function teamsTarget(name: string, object: Json): LoadedTarget {
  const result = validate(MEETING_MODELS.teams, object);
  if (result.success) return { name, source: 'teams', teams: result.data as TeamsMeeting };
  const problems = describeIssues(result.issues, object, result.schema);
  return { name, source: 'teams', error: { message: `Microsoft Graph returned a value this tool cannot read: ${problems[0]!.message}`, pointer: problems[0]!.pointer } };
}

export class TeamsTargetSource {
  constructor(
    private readonly client: GraphClient,
    private readonly organizer: string,
    private readonly mediation?: Mediation,
  ) {}

  private get base(): string {
    return `/users/${encodeURIComponent(this.organizer)}/onlineMeetings`;
  }

  /** The raw onlineMeeting for a meeting id or a join link. */
  async meetingObject(idOrLink: string): Promise<Json> {
    if (!isJoinLink(idOrLink)) return this.client.get(`${this.base}/${encodeURIComponent(idOrLink)}`, {}, 'the meeting');
    // OData quotes are doubled inside a string literal; URLSearchParams encodes the rest.
    const page = await this.client.get(this.base, { $filter: `JoinWebUrl eq '${idOrLink.replace(/'/g, "''")}'` }, 'the meeting with this join link');
    const list = Array.isArray(page.value) ? (page.value as unknown[]) : [];
    const found = list.find((item): item is Json => Boolean(item) && typeof item === 'object');
    if (!found) throw new ApiError('Microsoft Graph found no meeting of this organizer with this join link');
    return found;
  }

  /**
   * Every meeting asked for, in order; the same one named twice is checked once:
   * a repeat is dropped before it is asked for, and an id and the join link of the
   * same meeting meet by name once Graph has answered.
   */
  async fetch(idsOrLinks: readonly string[]): Promise<LoadedTarget[]> {
    let link = 0;
    const targets = await Promise.all(
      [...new Set(idsOrLinks)].map(async (value) => {
        // A join link is a credential: a target that fails before its id is known is named by position.
        const fallback = isJoinLink(value) ? teamsTargetName(`(join link ${++link})`) : teamsTargetName(value);
        try {
          const object = await this.meetingObject(value);
          const id = typeof object.id === 'string' && object.id !== '' ? object.id : undefined;
          return teamsTarget(id ? teamsTargetName(id) : fallback, this.mediation ? { ...object, mediation: this.mediation } : object);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          return { name: fallback, source: 'teams' as const, error: { message: this.client.clean(error.message) } };
        }
      }),
    );
    const seen = new Set<string>();
    return targets.filter((t) => (seen.has(t.name) ? false : (seen.add(t.name), true)));
  }
}
