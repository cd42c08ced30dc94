// A problem of the run rather than of one target: a path that matched nothing, a
// folder that could not be read, a file passed over. Reported in every format.
export interface RunProblem {
  /** What happened, in plain words. Untrusted text (it may hold a file name): escape it per output. */
  message: string;
  /** The path as the user gave it, or as found below a folder. */
  path: string;
  /** error: something the user asked to check could not be (exit 2); notice: passed over on purpose (exit unaffected). */
  level: 'error' | 'notice';
}

/**
 * The problems of a run that found no meeting file to check. It is still a run: every
 * format reports it (a CI job's SARIF or JUnit file is written, a script gets its JSON)
 * and the exit code is 2. Each path that did not match already has its error; when
 * every file found was passed over on purpose (only notices), each path gets one.
 */
export function nothingFound(paths: readonly string[], problems: readonly RunProblem[]): RunProblem[] {
  if (problems.some((problem) => problem.level === 'error')) return [...problems];
  return [...problems, ...paths.map((path): RunProblem => ({ level: 'error', path, message: 'no meeting file to check: every file it led to was passed over (see the notices)' }))];
}
