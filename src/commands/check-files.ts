// `mediate-check <path...>`: check meeting files, folders, globs and standard input.
import { UsageError } from '../cli-error';
import type { LoadedTarget } from '../engine/run-checks';
import { expandPaths } from '../load/expand-paths';
import { loadText, readFileTarget, readStdin } from '../load/read-target';
import { finishRun, prepareRun, warn, warnProblem, type CheckOptions } from './finish-run';
import { stdinNotice } from './stdin-notice';

export interface FileCheckOptions extends CheckOptions {
  maxFileSize: number;
  /** --exclude: globs of files a folder search passes over (with a notice). */
  exclude?: string[];
}

export async function checkFiles(paths: string[], options: FileCheckOptions): Promise<number> {
  const setup = await prepareRun(options);
  const { targets, problems } = expandPaths(paths, process.cwd(), { exclude: options.exclude ?? [] });
  if (targets.length === 0) {
    for (const problem of problems) warnProblem(problem);
    throw new UsageError('nothing to check: no meeting file was found');
  }

  const loaded: LoadedTarget[] = [];
  for (const spec of targets) {
    if (spec.kind === 'stdin') {
      const notice = stdinNotice(process.stdin.isTTY === true);
      if (notice) warn(notice);
      loaded.push(loadText(spec, await readStdin(options.maxFileSize), options.maxFileSize));
    }
    else {
      const target = readFileTarget(spec, options.maxFileSize);
      if (target.passedOver) problems.push(target.passedOver);
      else loaded.push(target);
    }
  }
  if (loaded.length === 0) {
    for (const problem of problems) warnProblem(problem);
    throw new UsageError('nothing to check: no meeting file was found');
  }
  return finishRun(loaded, setup, options, problems);
}
