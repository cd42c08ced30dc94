// Entry point: parses the command line and hands over to a command module,
// loaded only when that command runs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './cli-error';
import { DEFAULT_MAX_BYTES } from './load/limits';
import { FORMATS } from './report/formats';
import type { FileCheckOptions } from './commands/check-files';
import type { ZoomOptions } from './commands/check-zoom';
import type { CheckOptions } from './commands/finish-run';
import { writeStdout } from './util/stdout';
import { TOOL_VERSION } from './version';

function byteCount(value: string): number {
  const match = /^(\d+)(k|kb|m|mb)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('give a number of bytes, optionally with k or m (e.g. 512k, 2m)');
  const unit = (match[2] ?? '').toLowerCase();
  const n = Number(match[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
  if (n < 1) throw new InvalidArgumentError('must be at least 1 byte');
  return n;
}

/** The options every checking command shares (files and Zoom). */
function addCheckOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--profile <name>', 'rule set: proper-use or current (default: the policy file\'s, else proper-use)')
    .option('-c, --config <file>', 'policy file (default: .mediate-check.yaml here or in a parent folder)')
    .addOption(
      new Option('--fail-on <level>', 'lowest severity of a failing check that makes the exit code 1')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour the output');
}

function positive(label: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${label} must be a number above 0 and at most ${max}`);
    return n;
  };
}

/** Options of every command that talks to Zoom. */
function addZoomOptions(command: Command): Command {
  return command
    .option('--rate <per-second>', 'ceiling on Zoom requests per second in each rate-limit category (default: none; the pace adapts to what the account allows)', positive('the rate', 1000))
    .option('--concurrency <n>', 'Zoom requests in flight at most, per rate-limit category', (v) => Math.floor(positive('the concurrency', 256)(v)), 8)
    .option('--timeout <seconds>', 'give up on a Zoom response not received in full (headers and body) after this long (it is retried)', positive('the time-out', 600), 30);
}

const EXIT_CODES = `
Exit codes:
  0  every target was read and checked; no check failed at or above --fail-on
  1  every target was read and checked; a check failed at or above --fail-on
  2  usage error, bad configuration, or a target that could not be read, parsed,
     validated or fetched (every other target is still checked and reported)

Colour: --color/--no-color, else NO_COLOR (set: off), else FORCE_COLOR (0: off,
else on), else on when standard output is a terminal.`;

function configureZoom(zoom: Command): void {
  addZoomOptions(addCheckOptions(zoom))
    .option('--user <id|me>', "check this user's scheduled meetings (an id, an email, or me)")
    .option('--templates', "check meeting templates too (the --user's, or the account owner's)")
    .option('--all-users', "check every active user's scheduled meetings (and, with --templates, their templates)")
    .option('--mediation <file>', 'a meeting file whose mediation: block is merged onto every meeting checked')
    .addHelpText(
      'after',
      `
Credentials come from the environment: ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and
ZOOM_CLIENT_SECRET (a Server-to-Server OAuth app). ZOOM_API_BASE_URL and
ZOOM_OAUTH_TOKEN_URL change where the API is. Targets are named
zoom:meeting/<id> and zoom:template/<id>.

Examples:
  mediate-check zoom 85746065432 --mediation smith-v-jones.yaml
  mediate-check zoom --user me --templates -f json
  mediate-check zoom --all-users -f sarif -o zoom.sarif
${EXIT_CODES}`,
    );
}

function configureExport(exporter: Command): void {
  addZoomOptions(exporter)
    .option('-o, --output <file|folder>', 'where to write (a folder when there are several); default standard output')
    .option('--templates', "export the user's meeting templates")
    .option('--user <id|me>', 'whose templates (default: me)')
    .addHelpText('after', '\nExamples:\n  mediate-check export 85746065432 -o meetings/smith-v-jones.yaml\n  mediate-check export --templates --user me -o templates/\n');
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mediate-check')
    .description('Check the security settings of an online mediation meeting (Zoom) against the proper-use rules.')
    .version(TOOL_VERSION, '-V, --version')
    .argument('[path...]', 'meeting files (.yaml, .yml, .json), folders (searched recursively), globs, or - for standard input')
    .enablePositionalOptions()
    // Help goes through the same writer as reports (a closed pipe is not an error).
    .configureOutput({ writeOut: (text) => writeStdout(text) })
    .showHelpAfterError('(run `mediate-check --help` for usage)')
    .exitOverride();

  addCheckOptions(program)
    .addOption(
      new Option('--max-file-size <bytes>', 'refuse meeting files larger than this (k and m suffixes allowed)')
        .argParser(byteCount)
        .default(DEFAULT_MAX_BYTES, '1m'),
    )
    .addHelpText(
      'after',
      `
Examples:
  mediate-check meeting.yaml                      check one meeting before a session
  mediate-check templates/                        check every meeting file below a folder
  mediate-check 'templates/**/*.yaml' -f json     check a glob, report as JSON
  cat meeting.json | mediate-check -              check standard input
  mediate-check --profile current templates/      check against today's advice (waiting room on, …)
  mediate-check zoom 85746065432 --mediation m.yaml   check a meeting straight from Zoom
  mediate-check rules                             list the rules
  mediate-check explain no-waiting-room           why a rule exists and how to fix it
${EXIT_CODES}`,
    )
    .action(async (paths: string[], options: FileCheckOptions) => {
      if (paths.length === 0) {
        program.outputHelp({ error: true });
        throw new UsageError('give at least one meeting file, folder or glob (or - for standard input)');
      }
      const { checkFiles } = await import('./commands/check-files');
      setExit(await checkFiles(paths, options));
    });

  // The Zoom commands get their options only when one of them runs (or shows its
  // help): building them would cost every file check for nothing.
  const zoom = program
    .command('zoom')
    .description('check meetings and meeting templates straight from the Zoom API')
    .argument('[meetingId...]', 'Zoom meeting ids')
    .action(async (ids: string[], options: CheckOptions & ZoomOptions) => {
      const { checkZoom } = await import('./commands/check-zoom');
      setExit(await checkZoom(ids, options));
    });
  const exporter = program
    .command('export')
    .description('write Zoom meetings or templates as meeting files, without passcodes or start URLs')
    .argument('[meetingId...]', 'Zoom meeting ids')
    .action(async (ids: string[], options: ZoomOptions & { output?: string }) => {
      const { exportZoom } = await import('./commands/export-zoom');
      setExit(await exportZoom(ids, options));
    });
  program.hook('preSubcommand', (_program, command) => {
    if (command === zoom) configureZoom(zoom);
    if (command === exporter) configureExport(exporter);
  });

  program
    .command('rules')
    .description('list the rules: id, default severity, profiles, summary')
    .addOption(new Option('-f, --format <name>', 'table or json').choices(['table', 'json']).default('table'))
    .action(async (options: { format: 'table' | 'json' }) => {
      const { listRules } = await import('./commands/list-rules');
      writeStdout(listRules(options.format));
    });

  program
    .command('schema')
    .description('print a JSON Schema: meeting (the meeting file), report (--format json) or policy (.mediate-check.yaml)')
    .argument('<name>', 'meeting, report or policy')
    .action(async (name: string) => {
      const { jsonSchema } = await import('./commands/print-schema');
      writeStdout(JSON.stringify(jsonSchema(name), null, 2) + '\n');
    });

  program
    .command('explain')
    .description('explain a rule: why it exists, how to fix a failure, its sources')
    .argument('<rule>', 'rule id, e.g. no-waiting-room')
    .action(async (id: string) => {
      const { explainRule } = await import('./commands/explain-rule');
      writeStdout(explainRule(id));
    });

  return program;
}

async function main(): Promise<void> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(process.argv);
    process.exitCode = exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other command-line mistake is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
    } else if (error instanceof UsageError) {
      process.stderr.write(`mediate-check: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`mediate-check: internal error: ${detail}\n`);
      if (process.env.MEDIATE_CHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 2;
    }
  }
}

void main();
