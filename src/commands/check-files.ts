// `mediate-check <path...>`: check meeting files, folders, globs and standard input.
import { UsageError } from '../cli-error';
import type { LoadedTarget } from '../engine/run-checks';
import { expandPaths } from '../load/expand-paths';
import { loadText, readFileTarget, readStdin } from '../load/read-target';
import { finishRun, prepareRun, warn, warnProblem, type CheckOptions } from './finish-run';
import { stdinNotice } from './stdin-notice';

export interface FileCheckOptions extends CheckOptions {
  maxFileSize: number;
}

export async function checkFiles(paths: string[], options: FileCheckOptions): Promise<number> {
  const setup = await prepareRun(options);
  const { targets, problems } = expandPaths(paths);
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
    else loaded.push(readFileTarget(spec, options.maxFileSize));
  }
  return finishRun(loaded, setup, options, problems);
}
