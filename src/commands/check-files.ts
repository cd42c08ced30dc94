// `mediate-check <path...>`: check meeting files, folders, globs and standard input.
import type { LoadedTarget } from '../engine/run-checks';
import { expandPaths, MEETING_FILE, type TargetSpec } from '../load/expand-paths';
import { loadText, readFileTarget, readStdin } from '../load/read-target';
import { nothingFound } from '../load/run-problem';
import { finishRun, prepareRun, warn, type CheckOptions } from './finish-run';
import { stdinNotice } from './stdin-notice';
import { BATCH_TARGETS, holdHeap } from '../util/batch-heap';

export interface FileCheckOptions extends CheckOptions {
  maxFileSize: number;
  /** --exclude: globs of files a folder search passes over (with a notice). */
  exclude?: string[];
}

export async function checkFiles(paths: string[], options: FileCheckOptions): Promise<number> {
  // A folder, a glob or many files may be a batch: V8's heap is kept small from before the paths are expanded (see batch-heap.ts).
  const heap = paths.length >= BATCH_TARGETS || paths.some((p) => p !== '-' && !MEETING_FILE.test(p)) ? holdHeap() : undefined;
  const setup = await prepareRun(options);
  const { targets, problems } = expandPaths(paths, process.cwd(), { exclude: options.exclude ?? [] });
  if (targets.length === 0) return finishRun([], setup, options, nothingFound(paths, problems));

  // Each file is read when the run comes to it and let go once checked: a folder of
  // 100,000 files is never held at once. Files that are not meetings are notices.
  let next = 0;
  const tick = heap && targets.length >= BATCH_TARGETS ? heap.batch() : undefined;
  if (!tick) heap?.release();
  async function read(): Promise<LoadedTarget | undefined> {
    while (next < targets.length) {
      const spec = targets[next]!;
      // Let the spec (its absolute path) go once read: the store keeps the name it needs.
      (targets as (TargetSpec | undefined)[])[next++] = undefined;
      tick?.();
      if (spec.kind === 'stdin') {
        const notice = stdinNotice(process.stdin.isTTY === true);
        if (notice) warn(notice);
        return loadText(spec, await readStdin(options.maxFileSize), options.maxFileSize);
      }
      const target = readFileTarget(spec, options.maxFileSize);
      if (target.passedOver) problems.push(target.passedOver);
      else return target;
    }
    return undefined;
  }
  // The first target is read here: when there is none, the report has only the run's problems.
  let first = await read();
  if (!first) return finishRun([], setup, options, nothingFound(paths, problems));
  async function* loaded(): AsyncGenerator<LoadedTarget> {
    const head = first!;
    first = undefined; // not kept for the run
    yield head;
    for (let target; (target = await read()) !== undefined; ) yield target;
  }
  return finishRun(loaded(), setup, options, problems);
}
