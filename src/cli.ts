// Entry point. A plain file check (`mediate-check <paths...> [options]`) goes
// straight to its command; any other command line is parsed by the full program
// (src/cli-program.ts), loaded only then. Each command's module is loaded only
// when that command runs.
import { UsageError } from './cli-error';
import { fastFileCheckArgs, runFileCheck } from './cli-fast-path';
import { warn } from './util/warn';

async function main(): Promise<void> {
  try {
    const fast = fastFileCheckArgs(process.argv.slice(2));
    if (fast) {
      process.exitCode = await runFileCheck(fast.paths, fast.options);
    } else {
      const { runProgram } = await import('./cli-program');
      process.exitCode = await runProgram(process.argv);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      warn(error.message);
      process.exitCode = 2;
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      warn(`internal error: ${detail}`);
      if (process.env.MEDIATE_CHECK_DEBUG && error instanceof Error) warn((error.stack ?? '').split('\n').join('\nmediate-check: '));
      process.exitCode = 2;
    }
  }
}

void main();
