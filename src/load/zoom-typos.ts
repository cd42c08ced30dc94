// Near-misses of Zoom's own field names: `waitng_room` is a typo of
// `waiting_room`, not an unknown Zoom field to accept silently (a rule would
// then report the fact as missing while the user sees it written).
//
// Keys the meeting model types are known without any lookup. Only a key the
// model does not know loads Zoom's vocabulary (src/model/zoom-vocabulary.json,
// names extracted from Zoom's OpenAPI documents by
// scripts/extract-zoom-vocabulary.mjs), so a clean file never pays for it.
import { PLANS } from '../model/meeting-plans';
import { keysAt } from '../model/quick-parse';
import { detectPlatform } from '../model/platform';
import { keyPathOf, pointerOf } from '../util/pointer';

export interface KeyProblem {
  message: string;
  pointer: string;
}

interface Vocabulary {
  meeting: string[];
  settings: string[];
  host_settings: Record<string, string[]>;
  account_settings: Record<string, string[]>;
  /** Names found only deeper in Zoom's responses, or in lock and group settings. */
  elsewhere: string[];
}

/** Top-level keys that are ours or the contract's, not Zoom's meeting object's. */
const OUR_BLOCKS = ['mediation', 'host_settings', 'account_settings', 'locks', 'platform'];

let vocabulary: Vocabulary | undefined;

function zoomVocabulary(): Vocabulary {
  // require, not import: the bundle then evaluates the data only on this first call.
  vocabulary ??= require('../model/zoom-vocabulary.json') as Vocabulary;
  return vocabulary;
}

let everyName: ReadonlySet<string> | undefined;

/**
 * Every name Zoom uses anywhere. Zoom's documents name one setting differently
 * in different places (participant_video, participants_video), so a real Zoom
 * name is never taken for a typo, wherever it stands.
 */
function anyZoomName(): ReadonlySet<string> {
  const v = zoomVocabulary();
  everyName ??= new Set([
    ...v.meeting,
    ...v.settings,
    ...v.elsewhere,
    ...[v.host_settings, v.account_settings].flatMap((groups) => Object.entries(groups).flat(2)),
  ]);
  return everyName;
}

/** For tests: whether a check has needed Zoom's vocabulary yet. */
export function vocabularyLoaded(): boolean {
  return vocabulary !== undefined;
}

/** The keys the Zoom meeting model declares at `path` (from its schema's plan: no schema is built). */
const shapeKeys = (path: readonly string[]): ReadonlySet<string> => new Set(keysAt(PLANS.zoom, path));

let modelKeys: { top: ReadonlySet<string>; settings: ReadonlySet<string>; host: ReadonlySet<string> } | undefined;

/** The keys the meeting model types, by place: known without loading the vocabulary. */
function knownToModel() {
  modelKeys ??= {
    top: new Set([...shapeKeys([]), ...OUR_BLOCKS]),
    settings: shapeKeys(['settings']),
    host: shapeKeys(['host_settings']),
  };
  return modelKeys;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !ArrayBuffer.isView(value);

/** Lower case without separators: `waitingRoom`, `Waiting-Room` and `waiting_room` are one name. */
const folded = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** Edits allowed for a key of this length: short keys would otherwise "mean" many things. */
const allowedEdits = (length: number) => (length <= 2 ? 0 : length <= 4 ? 1 : 2);

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Only a
 * band of 2·limit+1 cells per row is computed, so each comparison costs O(length).
 */
const rowA: number[] = [];
const rowB: number[] = [];

export function boundedDistance(a: string, b: string, limit: number): number {
  const far = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return far;
  // Two rows reused across calls: allocating them per comparison would cost more than the comparison.
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : far;
    if (from > 1) current[from - 1] = far;
    let rowBest = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const up = j <= i - 1 + limit ? previous[j]! : far;
      const d = Math.min(up + 1, current[j - 1]! + 1, previous[j - 1]! + cost, far);
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (to < b.length) current[to + 1] = far;
    if (rowBest > limit) return far;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}

/** The names of one place, with their folded forms. */
interface Names {
  all: readonly string[];
  exact: ReadonlySet<string>;
  byFolded: ReadonlyMap<string, string>;
}

/**
 * The names of each place of Zoom's vocabulary, made once per run: a batch meets
 * the same places in every file. Only places the vocabulary has are kept (a
 * file's own group names never become keys here).
 */
const namesByPlace = new Map<string, Names>();
const NO_NAMES: Names = { all: [], exact: new Set(), byFolded: new Map() };

function namesAt(place: string, list: () => readonly string[]): Names {
  let names = namesByPlace.get(place);
  if (names === undefined) {
    const all = list();
    names = { all, exact: new Set(all), byFolded: new Map(all.map((name) => [folded(name), name])) };
    namesByPlace.set(place, names);
  }
  return names;
}

/** Zoom's name this key was probably meant to be, if any. */
function nearMiss(key: string, names: Names): string | undefined {
  const sameName = names.byFolded.get(folded(key));
  if (sameName !== undefined) return sameName;
  const lowered = key.toLowerCase();
  const limit = allowedEdits(key.length);
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names.all) {
    const d = boundedDistance(lowered, name, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * One problem per key of `mapping` (at `path`) that is neither known to the model
 * nor one of `names()`, but is near one of them.
 */
function typosIn(
  mapping: Record<string, unknown>,
  path: readonly string[],
  known: ReadonlySet<string>,
  names: () => Names,
  problems: KeyProblem[],
): void {
  let candidates: Names | undefined;
  for (const key of Object.keys(mapping)) {
    if (known.has(key)) continue;
    candidates ??= names();
    if (candidates.exact.has(key) || anyZoomName().has(key)) continue;
    const meant = nearMiss(key, candidates);
    if (meant === undefined) continue;
    const where = path.length > 0 ? `in ${keyPathOf(path)}` : 'at the top level';
    problems.push({
      message: `${keyPathOf([...path, key])}: unknown key ${where}; did you mean "${meant}"?`,
      pointer: pointerOf([...path, key]),
    });
  }
}

/** A settings block shaped as Zoom's user or account settings: its group names, then each group's keys. */
function settingsBlockTypos(
  block: Record<string, unknown>,
  name: 'host_settings' | 'account_settings',
  modelGroups: ReadonlySet<string>,
  problems: KeyProblem[],
): void {
  typosIn(block, [name], modelGroups, () => namesAt(name, () => Object.keys(zoomVocabulary()[name])), problems);
  for (const [group, value] of Object.entries(block)) {
    if (!isMapping(value)) continue;
    const modelGroupKeys = name === 'host_settings' ? shapeKeys(['host_settings', group]) : new Set<string>();
    typosIn(value, [name, group], modelGroupKeys, () => (Object.hasOwn(zoomVocabulary()[name], group) ? namesAt(`${name}/${group}`, () => zoomVocabulary()[name][group]!) : NO_NAMES), problems);
  }
}

/**
 * Every key of a Zoom meeting document that is a near-miss of Zoom's name for it.
 * A Teams or Webex document is not held to Zoom's names; which one a document is
 * comes from detectPlatform, the same test that picks its schema (a `platform: zoom`
 * beside Teams' marker keys is validated as Zoom, so its typos are Zoom's too).
 */
export function zoomKeyTypos(data: Record<string, unknown>): KeyProblem[] {
  const platform = detectPlatform(data);
  if (platform === 'teams' || platform === 'webex') return [];
  const model = knownToModel();
  const problems: KeyProblem[] = [];
  typosIn(data, [], model.top, () => namesAt('meeting', () => [...zoomVocabulary().meeting, ...OUR_BLOCKS]), problems);
  if (isMapping(data.settings)) typosIn(data.settings, ['settings'], model.settings, () => namesAt('settings', () => zoomVocabulary().settings), problems);
  if (isMapping(data.host_settings)) settingsBlockTypos(data.host_settings, 'host_settings', model.host, problems);
  if (isMapping(data.account_settings)) settingsBlockTypos(data.account_settings, 'account_settings', new Set(), problems);
  return problems;
}
