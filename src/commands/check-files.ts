// `mediate-check <path...>`: check meeting files, folders, globs and standard input.
import { UsageError } from '../cli-error';
import type { LoadedTarget } from '../engine/run-checks';
import { expandPaths } from '../load/expand-paths';
import { loadText, readFileTarget, readStdin } from '../load/read-target';
import type { RunProblem } from '../load/run-problem';
import { finishRun, prepareRun, warn, type CheckOptions } from './finish-run';
import { stdinNotice } from './stdin-notice';

export interface FileCheckOptions extends CheckOptions {
  maxFileSize: number;
}

export async function checkFiles(paths: string[], options: FileCheckOptions): Promise<number> {
  const setup = await prepareRun(options);
  const { targets, problems } = expandPaths(paths);
  if (targets.length === 0) {
    for (const problem of problems) warn(problem);
    throw new UsageError('nothing to check: no meeting file was found');
  }
  // Until the loader gives RunProblems itself: "<path>: <what happened>" → { path, message }, all errors.
  const runProblems = problems.map((text): RunProblem => {
    const at = text.lastIndexOf(': ');
    return at < 0 ? { message: text, path: '', level: 'error' } : { message: text.slice(at + 2), path: text.slice(0, at), level: 'error' };
  });

  const loaded: LoadedTarget[] = [];
  for (const spec of targets) {
    if (spec.kind === 'stdin') {
      const notice = stdinNotice(process.stdin.isTTY === true);
      if (notice) warn(notice);
      loaded.push(loadText(spec, await readStdin(options.maxFileSize), options.maxFileSize));
    }
    else loaded.push(readFileTarget(spec, options.maxFileSize));
  }
  return finishRun(loaded, setup, options, runProblems);
}
