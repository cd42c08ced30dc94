// Whether to colour the pretty report. Precedence: --color/--no-color, then
// NO_COLOR, then FORCE_COLOR, then "is the stream a terminal (and TERM not dumb)".
export interface ColourInputs {
  flag?: boolean;
  env: NodeJS.ProcessEnv;
  /** Asked only when nothing else decides (finding out may load node:tty). */
  isTerminal: () => boolean;
}

export function useColour({ flag, env, isTerminal }: ColourInputs): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return env.TERM !== 'dumb' && isTerminal();
}
