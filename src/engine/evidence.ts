// Evidence: the Zoom facts a check decided from, each with the level it was set
// at and whether the host can change it. Rules name the facts (JSON pointers);
// the level follows from where the fact sits in the meeting model, and the lock
// from the `locks` block through the lock map.
import type { Meeting } from '../model/meeting-schema';
import { isTemplate } from '../model/meeting-values';
import { lockPointerOf } from '../model/lock-map';

export type EvidenceLevel = 'meeting' | 'template' | 'user' | 'group' | 'account';

export interface Evidence {
  pointer: string;
  level: EvidenceLevel;
  /** true: locked for the host; false: the host can change it; null: not known (no locks block, or Zoom has no lock for it). */
  locked: boolean | null;
}

/** The value at a JSON pointer of the model (our pointers never need ~ escapes: Zoom keys hold neither / nor ~). */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of pointer.split('/').slice(1)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Where a fact was set; undefined for what is not a Zoom setting (the mediation block, the locks themselves). */
export function levelOf(pointer: string, meeting: Meeting): EvidenceLevel | undefined {
  const block = pointer.split('/')[1];
  if (block === undefined || block === '' || block === 'mediation' || block === 'locks') return undefined;
  if (block === 'host_settings') return 'user';
  if (block === 'account_settings') return 'account';
  return isTemplate(meeting) ? 'template' : 'meeting';
}

/** Whether the host is kept from changing the fact: the lock flag's value, or null when not known. */
export function lockedOf(pointer: string, meeting: Meeting): boolean | null {
  if (meeting.locks === undefined) return null;
  const lock = lockPointerOf(pointer);
  if (lock === undefined) return null;
  const flag = valueAt(meeting, lock);
  return typeof flag === 'boolean' ? flag : null;
}

/** Evidence for the facts the input holds, once each, in the order named. */
export function evidenceOf(meeting: Meeting, facts: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const pointer of new Set(facts)) {
    const level = levelOf(pointer, meeting);
    if (level === undefined || valueAt(meeting, pointer) === undefined) continue;
    out.push({ pointer, level, locked: lockedOf(pointer, meeting) });
  }
  return out;
}

/**
 * Evidence for a Teams or Webex document. Their meeting fields are set on the
 * meeting (whether a template or label locks one is not in the object: null).
 * Teams' `meeting_policy` block is the organizer's admin policy: account level,
 * and locked, since the organizer cannot change a policy.
 */
export function otherEvidenceOf(platform: 'teams' | 'webex', meeting: object, facts: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const pointer of new Set(facts)) {
    const block = pointer.split('/')[1];
    if (block === undefined || block === '' || block === 'mediation') continue;
    const value = valueAt(meeting, pointer);
    if (value === undefined || value === null) continue;
    const policy = platform === 'teams' && block === 'meeting_policy';
    out.push({ pointer, level: policy ? 'account' : 'meeting', locked: policy ? true : null });
  }
  return out;
}
