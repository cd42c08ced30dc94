// `mediate-check fix <path...>`: writes the profile's mechanical fixes into
// meeting files (or, with --dry-run, shows them as a diff), then checks the
// files as `mediate-check <path...>` would. Steps only a person can take (the
// host's or the account's settings) are printed, never written.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../cli-error';
import { valueAt } from '../engine/evidence';
import type { LoadedTarget } from '../engine/run-checks';
import { expandPaths, type TargetSpec } from '../load/expand-paths';
import { loadText } from '../load/read-target';
import { nothingFound, type RunProblem } from '../load/run-problem';
import { editText } from '../fix/edit-document';
import { changeLines, fixesOf, planOf } from '../fix/plan';
import { NotWritten, writeInPlace } from '../fix/write-in-place';
import { problemText } from '../report/report';
import { documentSecrets } from '../util/document-secrets';
import { placeOf } from '../util/place';
import { writeStdout } from '../util/stdout';
import type { FileCheckOptions } from './check-files';
import { finishRun, prepareRun, warn, type RunSetup } from './finish-run';

export interface FixOptions extends FileCheckOptions {
  dryRun?: boolean;
}

type FileSpec = Extract<TargetSpec, { kind: 'file' }>;

interface FileState {
  spec: FileSpec;
  /** The bytes as read; undefined when the file could not be read. */
  bytes?: Buffer;
  /** The new text, when a fix changed it. */
  fixed?: string;
  /** A symbolic link: checked, never written through. */
  link?: boolean;
}

/** "<path>: <what happened>" → a run problem; a RunProblem passes as it is (expandPaths gives either, by version). */
function asRunProblems(problems: readonly (string | RunProblem)[]): RunProblem[] {
  return problems.map((text): RunProblem => {
    if (typeof text !== 'string') return text;
    const at = text.lastIndexOf(': ');
    return at < 0 ? { message: text, path: '', level: 'error' } : { message: text.slice(at + 2), path: text.slice(0, at), level: 'error' };
  });
}

function read(spec: FileSpec, maxBytes: number, problems: RunProblem[]): { state: FileState; target: LoadedTarget } {
  const base = { name: spec.name, source: 'file' as const, file: spec.file };
  try {
    const link = lstatSync(spec.file).isSymbolicLink();
    const stats = link ? statSync(spec.file) : lstatSync(spec.file);
    // A FIFO or a device would never end: only regular files are read.
    if (!stats.isFile()) return { state: { spec }, target: { ...base, error: { message: 'is not a regular file' } } };
    if (stats.size > maxBytes) {
      return { state: { spec }, target: { ...base, error: { message: `is ${stats.size} bytes, above the limit of ${maxBytes} bytes (see --max-file-size)` } } };
    }
    if (link) problems.push({ path: spec.name, level: 'error', message: 'is a symbolic link: checked, not fixed (name the file it points to)' });
    const bytes = readFileSync(spec.file);
    return { state: { spec, bytes, link }, target: loadText(spec, bytes, maxBytes) };
  } catch (error) {
    return { state: { spec }, target: { ...base, error: { message: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})` } } };
  }
}

export async function fixFiles(paths: string[], options: FixOptions): Promise<number> {
  const setup = await prepareRun(options);
  const { targets, problems } = expandPaths(paths);
  if (targets.some((spec) => spec.kind === 'stdin')) throw new UsageError('fix edits files in place: standard input (-) cannot be fixed');
  const runProblems = asRunProblems(problems);
  const states: FileState[] = [];
  const loaded: LoadedTarget[] = [];
  for (const spec of targets as FileSpec[]) {
    const { state, target } = read(spec, options.maxFileSize, runProblems);
    // Found by a search and not a meeting (package.json, a report): a notice, never a file to fix.
    if ('passedOver' in target && target.passedOver) {
      runProblems.push(target.passedOver as RunProblem);
      continue;
    }
    states.push(state);
    loaded.push(target);
  }
  // No meeting file at all: nothing is fixed, and the report says why (exit 2).
  if (loaded.length === 0) return reportFixed([], setup, options, nothingFound(paths, runProblems));

  const fixes = await fixesOf(loaded, setup);
  const diffs: string[] = [];
  for (const [index, state] of states.entries()) {
    const target = loaded[index]!;
    if (!target.meeting) continue; // a file that does not validate is left untouched (and reported below)
    const plan = planOf(fixes[index]!, target.meeting);
    for (const { rule, step } of plan.byHand) warn(`${state.spec.name}: by hand (${rule}): ${step}`);
    if (plan.changes.length === 0 || state.bytes === undefined || state.link) continue;
    const before = state.bytes.toString('utf8').replace(/^\uFEFF/, '');
    let after: string | undefined;
    try {
      after = editText(before, plan.changes);
    } catch {
      after = undefined; // e.g. settings given as an alias: the document model will not write through it
    }
    // The edit must give a valid meeting holding exactly the planned values, or the file stays as it is.
    const check = after === undefined ? undefined : loadText(state.spec, Buffer.from(after), Number.MAX_SAFE_INTEGER);
    if (after === undefined || !check?.meeting || plan.changes.some((c) => valueAt(check.meeting, c.pointer) !== c.value)) {
      runProblems.push({ path: state.spec.name, level: 'error', message: 'could not be fixed safely: left as it is' });
      continue;
    }
    const lines = changeLines(plan, target.meeting);
    if (options.dryRun) {
      diffs.push(await (await import('../fix/show-diff')).showDiff(state.spec.name, before, after, documentSecrets(target.meeting)));
      warn(`${state.spec.name}: would set ${lines.join('; ')}`);
      state.fixed = after;
      continue;
    }
    try {
      writeInPlace(state.spec.file, state.bytes, state.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' + after : after);
      state.fixed = after;
      warn(`${state.spec.name}: set ${lines.join('; ')}`);
    } catch (error) {
      const message = error instanceof NotWritten ? error.message : `could not be written (${(error as NodeJS.ErrnoException).code ?? 'I/O error'}): left as it is`;
      runProblems.push({ path: state.spec.name, level: 'error', message });
    }
  }
  if (options.dryRun) {
    if (diffs.length > 0) writeStdout(diffs.join(''));
    else warn('nothing to fix by program in these files');
  }

  // The check of the files as they now are (with --dry-run: as they would be), read afresh.
  const rechecked = states.map((state, index) =>
    state.fixed !== undefined ? loadText(state.spec, Buffer.from(state.fixed), Number.MAX_SAFE_INTEGER) : state.bytes ? loadText(state.spec, state.bytes, options.maxFileSize) : loaded[index]!,
  );
  return reportFixed(rechecked, setup, options, runProblems);
}

/** The check of the files as fixed (with --dry-run, as they would be): standard output is the diff's then, not the report's. */
function reportFixed(rechecked: LoadedTarget[], setup: RunSetup, options: FixOptions, runProblems: RunProblem[]): Promise<number> {
  const reportOnStdout = !options.dryRun;
  // finishRun repeats problems on stderr unless a pretty report shows them on stdout; with --dry-run none does.
  if (!reportOnStdout && options.format === 'pretty' && (options.output === undefined || options.output === '-')) {
    for (const problem of runProblems) warn(problemText(problem));
    for (const target of rechecked) if (target.error) warn(`${placeOf(target.name, target.error)}: ${target.error.message}`);
  }
  return finishRun(rechecked, setup, options, runProblems, [], reportOnStdout);
}
