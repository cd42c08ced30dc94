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
