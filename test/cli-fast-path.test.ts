// The fast path of a plain file check reads a command line exactly as the full
// commander program does, or leaves it to the program: never a third meaning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, fastFileCheckArgs, FLAG_OPTIONS, VALUE_OPTIONS } from '../src/cli-fast-path';
import { buildProgram } from '../src/cli-program';

/** What the full program makes of `args`: the root command's paths and options, another command, or an error. */
async function viaProgram(args: string[]): Promise<{ paths: string[]; options: Record<string, unknown> } | 'other' | 'error'> {
  const program = buildProgram(() => {});
  program.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  let seen: { paths: string[]; options: Record<string, unknown> } | undefined;
  program.action((paths: string[], options: Record<string, unknown>) => {
    seen = { paths, options: { ...options } };
  });
  // Another command must not run: each is stopped at its action.
  for (const command of program.commands) command.action(() => {});
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch {
    return 'error';
  }
  return seen ?? 'other';
}

async function expectSameAsProgram(args: string[]): Promise<void> {
  const fast = fastFileCheckArgs(args);
  if (fast === undefined) return;
  const full = await viaProgram(args);
  expect(full, args.join(' ')).toEqual({ paths: fast.paths, options: fast.options });
  // The same keys in the same order, as commander sets them.
  expect(Object.keys(fast.options)).toEqual(Object.keys((full as { options: object }).options));
}

describe('fast path of a file check', () => {
  it('knows the commands the program defines, in its order', () => {
    expect(buildProgram(() => {}).commands.map((c) => c.name())).toEqual([...COMMAND_NAMES]);
  });

  it.each([
    [['meeting.yaml']],
    [['a.yaml', 'b.json', '-', 'folder/']],
    [['-f', 'json', 'a.yaml', '-o', '-', '--fail-on', 'never']],
    [['a.yaml', '--format=sarif', '--output=out.sarif', '--profile', 'current', '-c', 'p.yaml', '--config=q.yaml']],
    [['a.yaml', '--max-file-size', '512k', '--max-file-size=2m', '--exclude', 'drafts/', '--exclude=x/**', '-q', '--quiet']],
    [['--color', 'a.yaml', '--no-color']],
    [['--no-color', 'a.yaml', '--color']],
    [['-o', 'zoom', 'a.yaml']],
    [['a.yaml', 'zoom', 'help']],
    [['a.yaml', '--output=']],
    [['']],
  ])('reads %j as the program does', async (args) => {
    expect(fastFileCheckArgs(args)).toBeDefined();
    await expectSameAsProgram(args);
  });

  it.each([
    [[]],
    [['-f', 'json']],
    [['zoom', '123']],
    [['help']],
    [['rules']],
    [['--help']],
    [['a.yaml', '-h']],
    [['-V']],
    [['-v']],
    [['a.yaml', '-qf', 'json']],
    [['a.yaml', '-fjson']],
    [['a.yaml', '--', '-b.yaml']],
    [['a.yaml', '--format', 'xml']],
    [['a.yaml', '--fail-on=sometimes']],
    [['a.yaml', '--max-file-size', '0']],
    [['a.yaml', '--max-file-size', 'lots']],
    [['a.yaml', '-o']],
    [['a.yaml', '--quiet=yes']],
    [['a.yaml', '--colour']],
    [['-5']],
    [['-f', 'json', 'explain', 'x']],
  ])('leaves %j to the program', (args) => {
    expect(fastFileCheckArgs(args)).toBeUndefined();
  });

  it('never reads a command line differently from the program (property)', async () => {
    // Every spelling either side knows (so one only the fast path reads is drawn too), each long
    // one also with =, and odd tokens and values besides.
    const spellings = [
      ...buildProgram(() => {}).options.flatMap((o) => [o.short, o.long]),
      ...Object.keys(VALUE_OPTIONS),
      ...Object.keys(FLAG_OPTIONS),
    ].filter((s): s is string => s !== undefined);
    const token = fc.constantFrom(
      ...new Set([
        ...spellings,
        ...spellings.filter((s) => s.startsWith('--')).map((s) => `${s}=x`),
        'a.yaml', 'dir/', '-', '', 'zoom', 'help', 'fix', 'rulez', '-f', '--format', '--format=json', 'json', 'sarif', 'xml',
        '-o', '--output', '--output=r.json', '-c', '--config=p.yaml', '--profile', 'current', '--fail-on', '--fail-on=never',
        'never', '--max-file-size', '--max-file-size=1k', '3m', '0', '--exclude', '--exclude=*.json', '-q', '--quiet',
        '--color', '--no-color', '--', '-h', '-V', '-x', '-qf', '--unknown', '--quiet=1',
      ]),
    );
    await fc.assert(fc.asyncProperty(fc.array(token, { maxLength: 7 }), expectSameAsProgram), { numRuns: 400, seed: 11 });
  });
});
