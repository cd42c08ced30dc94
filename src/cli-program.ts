// The full command line: every command, its options and help. Built when the
// command line is more than a plain file check (src/cli-fast-path.ts), so a check
// does not pay for it. Each command's module is loaded only when that command runs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './cli-error';
import { DEFAULT_MAX_BYTES } from './load/limits';
import { FORMATS } from './report/formats';
import { FAIL_ON_LEVELS } from './report/report';
import { byteCountOf, runFileCheck } from './cli-fast-path';
import type { FileCheckOptions } from './commands/check-files';
import type { ZoomOptions } from './commands/check-zoom';
import type { CheckOptions } from './commands/finish-run';
import type { FixOptions } from './commands/fix-files';
import type { InitOptions } from './commands/init-meeting';
import { stdoutIsTerminal, writeStdout } from './util/stdout';
import { warn } from './util/warn';
import { TOOL_VERSION } from './version';

function byteCount(value: string): number {
  const bytes = byteCountOf(value);
  if (typeof bytes !== 'number') throw new InvalidArgumentError(bytes.error);
  return bytes;
}

/** The options every checking command shares (files and Zoom). */
function addCheckOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'report format (briefing: for the participants; HTML with -o *.html)').choices(FORMATS).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file (never through a symbolic link); - is standard output')
    .option('--profile <name>', 'rule set: proper-use or current (default: the policy file\'s, else proper-use)')
    .option('-c, --config <file>', 'policy file (default: .mediate-check.yaml here or in a parent folder)')
    .addOption(
      new Option('--fail-on <level>', 'what makes the exit code 1: a failing check at or above error or warning; unknown: any failing or unknown check; never')
        .choices(FAIL_ON_LEVELS)
        .default('error'),
    )
    .option('-q, --quiet', 'pretty report: only failing checks, targets that could not be read, and the summary')
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

/**
 * --rate, --concurrency and --timeout of every command that talks to an API, with
 * their bounds and defaults; `help` is each option's text, in the platform's words.
 */
function addRequestOptions(command: Command, help: { rate: string; concurrency: string; timeout: string }): Command {
  return command
    .option('--rate <per-second>', help.rate, positive('the rate', 1000))
    .option('--concurrency <n>', help.concurrency, (v) => Math.floor(positive('the concurrency', 256)(v)), 8)
    .option('--timeout <seconds>', help.timeout, positive('the time-out', 600), 30);
}

/** Options of every command that talks to Zoom. */
function addZoomOptions(command: Command): Command {
  return addRequestOptions(command, {
    rate: 'ceiling on Zoom requests per second in each rate-limit category (default: none; the pace adapts to what the account allows)',
    concurrency: 'Zoom requests in flight at most, per rate-limit category',
    timeout: 'give up on a Zoom response not received in full (headers and body) after this long (it is retried)',
  });
}

const EXIT_CODES = `
Exit codes:
  0  every target was read and checked; no check failed at or above --fail-on
  1  every target was read and checked; a check failed at or above --fail-on
     (with --fail-on unknown: any check failed or is unknown)
  2  usage error, bad configuration, a path that matched nothing, or a target
     that could not be read, parsed, validated or fetched (every other target is
     still checked and reported; the problem is in every report format)

Colour: --color/--no-color, else NO_COLOR (set: off), else FORCE_COLOR (0: off,
else on), else on when standard output is a terminal.
Width: the pretty report and explain wrap at COLUMNS, else the terminal's
width, else 80. With -o, one line on standard error says how the run ended.`;

function configureZoom(zoom: Command): void {
  addZoomOptions(addCheckOptions(zoom))
    .option('--user <id|me>', "check this user's scheduled meetings (an id, an email, or me)")
    .option('--templates', "check meeting templates too (the --user's, or the account owner's)")
    .option('--all-users', "check every active user's scheduled meetings (and, with --templates, their templates)")
    .option('--mediation <file>', 'a meeting file whose mediation: block is merged onto every meeting checked')
    .option('--fix', 'print, per meeting, the settings that would fix failing checks (from what to what); sends nothing')
    .option('--apply', 'with --fix: send them (PATCH /meetings/{id}), read each meeting back, report what Zoom kept')
    .addHelpText(
      'after',
      `
Credentials come from the environment: ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and
ZOOM_CLIENT_SECRET (a Server-to-Server OAuth app). ZOOM_API_BASE_URL and
ZOOM_OAUTH_TOKEN_URL change where the API is. Targets are named
zoom:meeting/<id> and zoom:template/<id>; a meeting named twice is checked once.
The account's settings and lock settings are read once per run, each host group's
lock settings once per group; if the app may not read them, one warning says so
and the checks go on without them (see README "Zoom API" for the scopes).

--fix lists on standard error, per meeting, each setting it would change (from
what to what) and the steps only a person can take (settings of the host or the
account, templates); nothing is sent. --fix --apply sends one PATCH per meeting
with only those settings, paced like reads, reads the meeting back, and reports
what Zoom kept, naming every value Zoom did not keep. Writing needs the scope
meeting:update:meeting:admin (see README "Fixing what fails").

Examples:
  mediate-check zoom 85746065432 --mediation smith-v-jones.yaml
  mediate-check zoom --user me --profile current --fix          the plan only
  mediate-check zoom 85746065432 --profile current --fix --apply
  mediate-check zoom --user me --templates -f json
  mediate-check zoom --all-users -f sarif -o zoom.sarif
${EXIT_CODES}`,
    );
}

/** Teams' and Webex's options, built only when one of their commands runs. */
function addPlatformOptions(command: Command, what: string): Command {
  return addRequestOptions(command.option('--mediation <file>', 'a meeting file whose mediation: block is merged onto every meeting checked'), {
    rate: `ceiling on ${what} requests per second (default: none; the pace adapts)`,
    concurrency: `${what} requests in flight at most`,
    timeout: `give up on a ${what} response not received in full after this long (it is retried)`,
  });
}

function configureTeams(teams: Command): void {
  addPlatformOptions(addCheckOptions(teams), 'Microsoft Graph')
    .option('--organizer <userId|UPN>', 'the meetings\' organizer (or an invited attendee): Graph reads meetings through a user')
    .addHelpText(
      'after',
      `
Credentials come from the environment: MS_TENANT_ID, MS_CLIENT_ID and
MS_CLIENT_SECRET (an Entra app with the application permission
OnlineMeetings.Read.All, admin consent, and an application access policy
granted to the organizer). MS_GRAPH_BASE_URL and MS_LOGIN_BASE_URL change where
Graph and the sign-in service are. Targets are named teams:meeting/<id>.

Examples:
  mediate-check teams 'https://teams.microsoft.com/l/meetup-join/…' --organizer mediator@example.org
  mediate-check teams MSo1N2Y5… --organizer 6e7b… --profile current -f json
${EXIT_CODES}`,
    );
}

function configureWebex(webex: Command): void {
  addPlatformOptions(addCheckOptions(webex), 'Webex')
    .option('--all', 'check every meeting series the token\'s user can list (GET /meetings, following its pages)')
    .addHelpText(
      'after',
      `
The token comes from WEBEX_ACCESS_TOKEN (scope meeting:schedules_read);
WEBEX_API_BASE_URL changes where the API is. Targets are named
webex:meeting/<id>.

Examples:
  mediate-check webex 870f51ff287b41be84648412901e0402 --profile current
  mediate-check webex --all -f sarif -o webex.sarif
${EXIT_CODES}`,
    );
}

function configureExport(exporter: Command): void {
  addZoomOptions(exporter)
    .option('-o, --output <file|folder>', 'where to write (a folder when there are several; never through a link); default standard output')
    .option('--templates', "export the user's meeting templates")
    .option('--user <id|me>', 'whose templates (default: me)')
    .addOption(new Option('--platform <name>', 'where the meetings are: zoom, teams (with --organizer) or webex').choices(['zoom', 'teams', 'webex']).default('zoom'))
    .option('--organizer <userId|UPN>', 'with --platform teams: the meetings\' organizer')
    .addHelpText(
      'after',
      '\nEach file holds the object with host_settings, account_settings and locks; passcodes,\nthe host key, the start URL and link credentials are removed.\n\nExamples:\n  mediate-check export 85746065432 -o meetings/smith-v-jones.yaml\n  mediate-check export --templates --user me -o templates/\n',
    );
}

function configureFix(fixer: Command): void {
  addCheckOptions(fixer)
    .option('--dry-run', 'print the changes as a unified diff and write nothing')
    .addOption(
      new Option('--max-file-size <bytes>', 'refuse meeting files larger than this (k and m suffixes allowed)')
        .argParser(byteCount)
        .default(DEFAULT_MAX_BYTES, '1m'),
    )
    .addHelpText(
      'after',
      `
Each failing check of the profile that has a mechanical fix (the waiting room,
automatic recording, join before host, automatic copies, …) is fixed by setting
fields under settings:, in place: comments, key order and layout are kept, JSON
stays JSON. A passcode is never written; a waived check is not fixed. A setting
of the host or the account is not written: the step in the Zoom web portal is
printed instead. A file that does not validate is left untouched and reported.
Files are replaced atomically and never through a symbolic link.

The changes are listed on standard error; then the files are checked and
reported as \`mediate-check <path...>\` would, with the same exit code. With
--dry-run the unified diff goes to standard output, nothing is written, the
report goes only to -o (if given) and the exit code is that of the fixed files.

Examples:
  mediate-check fix meeting.yaml --dry-run
  mediate-check fix --profile current templates/
${EXIT_CODES}`,
    );
}

/** Commander's error text as one line: no `error: ` prefix, and its "(Did you mean …?)" line after the message. */
function commanderMessage(text: string): string {
  return text
    .replace(/\n$/, '')
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)');
}

/** The whole program; `setExit` receives the exit code of the command that ran. Exported for tests. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mediate-check')
    .description('Check the security settings of an online mediation meeting (Zoom, Microsoft Teams or Cisco Webex) against the proper-use rules.')
    .version(TOOL_VERSION, '-V, --version')
    .addOption(new Option('-v', 'output the version number (as -V)').hideHelp())
    .argument('[path...]', 'meeting files (.yaml, .yml, .json), folders (searched recursively, never following a link out of them), globs, or - for standard input')
    .enablePositionalOptions()
    // Help goes through the same writer as reports (a closed pipe is not an error).
    // Commander's own errors quote what was typed (or what a shell glob expanded to): escaped like every diagnostic.
    // Its suggestion, a line of its own after the message, joins the message's line (else it would show as an escaped \n).
    .configureOutput({ writeOut: (text) => writeStdout(text), outputError: (text) => warn(commanderMessage(text)) })
    .showHelpAfterError('(run `mediate-check --help` for usage)')
    .exitOverride();

  addCheckOptions(program)
    .addOption(
      new Option('--max-file-size <bytes>', 'refuse meeting files larger than this (k and m suffixes allowed)')
        .argParser(byteCount)
        .default(DEFAULT_MAX_BYTES, '1m'),
    )
    .addOption(
      new Option('--exclude <glob>', 'a folder search passes over files matching this (repeatable; syntax of .mediate-checkignore)').argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .addHelpText(
      'after',
      `
Folders: a file found by a search that is not a meeting (none of the Zoom,
Teams or Webex meeting keys and no mediation block), a mediate-check report, or
a file matched by --exclude or by .mediate-checkignore (in the folder searched
or the working folder: one glob a line, # comments, a trailing / for folders,
no ! lines) is passed over with a notice (exit code unaffected). A file named
on the command line is always checked.

Examples:
  mediate-check init                              write a starter meeting.yaml to fill in
  mediate-check meeting.yaml                      check one meeting before a session
  mediate-check templates/                        check every meeting file below a folder
  mediate-check . --exclude drafts/               search here, not in drafts/
  mediate-check 'templates/**/*.yaml' -f json     check a glob, report as JSON
  cat meeting.json | mediate-check -              check standard input
  mediate-check --profile current templates/      check against today's advice (waiting room on, …)
  mediate-check zoom 85746065432 --mediation m.yaml   check a meeting straight from Zoom
  mediate-check teams <joinWebUrl> --organizer <upn>  … from Microsoft Teams (Graph)
  mediate-check webex <meetingId>                 … from Cisco Webex
  mediate-check rules                             list the rules
  mediate-check explain no-waiting-room           why a rule exists and how to fix it
${EXIT_CODES}`,
    )
    .action(async (paths: string[], options: FileCheckOptions) => {
      if (paths.length === 0) {
        program.outputHelp({ error: true });
        throw new UsageError('give at least one meeting file, folder or glob (or - for standard input)');
      }
      setExit(await runFileCheck(paths, options));
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
  const teams = program
    .command('teams')
    .description('check Microsoft Teams meetings straight from Microsoft Graph')
    .argument('[meeting...]', 'Teams join links (joinWebUrl) or Graph meeting ids')
    .action(async (ids: string[], options: Parameters<typeof import('./commands/check-platforms').checkTeams>[1]) => {
      const { checkTeams } = await import('./commands/check-platforms');
      setExit(await checkTeams(ids, options));
    });
  const webex = program
    .command('webex')
    .description('check Cisco Webex meetings straight from the Webex API')
    .argument('[meetingId...]', 'Webex meeting ids')
    .action(async (ids: string[], options: Parameters<typeof import('./commands/check-platforms').checkWebex>[1]) => {
      const { checkWebex } = await import('./commands/check-platforms');
      setExit(await checkWebex(ids, options));
    });
  const exporter = program
    .command('export')
    .description('write Zoom, Teams or Webex meetings (or Zoom templates) as meeting files, without passcodes or start URLs')
    .argument('[meetingId...]', 'meeting ids (Teams: join links too)')
    .action(async (ids: string[], options: ZoomOptions & { output?: string; platform?: string; organizer?: string }) => {
      if (options.platform === 'teams' || options.platform === 'webex') {
        const { exportPlatform } = await import('./commands/export-platforms');
        setExit(await exportPlatform(options.platform, ids, options));
        return;
      }
      const { exportZoom } = await import('./commands/export-zoom');
      setExit(await exportZoom(ids, options));
    });
  program.on('option:v', () => {
    writeStdout(`${TOOL_VERSION}\n`);
    throw new CommanderError(0, 'commander.version', TOOL_VERSION);
  });
  program.hook('preSubcommand', (_program, command) => {
    if (command === zoom) configureZoom(zoom);
    if (command === teams) configureTeams(teams);
    if (command === webex) configureWebex(webex);
    if (command === exporter) configureExport(exporter);
    if (command === fixer) configureFix(fixer);
  });

  const fixer = program
    .command('fix')
    .description('write the mechanical fixes of failing checks into meeting files, then check them')
    .argument('<path...>', 'meeting files (.yaml, .yml, .json), folders or globs; never standard input')
    .action(async (paths: string[], options: FixOptions) => {
      const { fixFiles } = await import('./commands/fix-files');
      setExit(await fixFiles(paths, options));
    });

  program
    .command('init')
    .description('write a commented starter meeting file that says where each setting is in Zoom')
    .argument('[file]', 'where to write it (never overwritten; - for standard output)', 'meeting.yaml')
    .option('-y, --yes', 'do not ask for the participants and the agreement, even at a terminal')
    .addHelpText('after', '\nAt a terminal, init offers to ask for the participants and the agreement\'s clauses;\nwithout one (CI, a pipe) or with --yes it writes the starter as it is.\n\nExample:\n  mediate-check init && mediate-check meeting.yaml\n')
    .action(async (file: string, options: InitOptions) => {
      const { initMeeting } = await import('./commands/init-meeting');
      setExit(await initMeeting(file, options));
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
    .description('print a JSON Schema: meeting (the meeting file), teams-meeting, webex-meeting, report (--format json) or policy (.mediate-check.yaml)')
    .argument('<name>', 'meeting, teams-meeting, webex-meeting, report or policy')
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
      const { hangAt, outputWidth } = await import('./report/wrap');
      const width = outputWidth(process.env, () => (stdoutIsTerminal() ? process.stdout.columns : undefined));
      writeStdout(explainRule(id, hangAt(width)));
    });

  return program;
}

/** Parses `argv` with the full program and runs the command it names; the exit code. */
export async function runProgram(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    // Help and version exit 0; every other command-line mistake is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
