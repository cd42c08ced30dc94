// The request options of every command that talks to an API: --rate, --concurrency
// and --timeout, their bounds and defaults, as commander reads them.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli-program';

/** The options `command` ends with for `args`, or the message commander refused them with. */
async function optionsOf(command: string, args: string[]): Promise<Record<string, unknown> | { refused: string }> {
  const program = buildProgram(() => {});
  let seen: Record<string, unknown> | undefined;
  let refused = '';
  for (const sub of [program, ...program.commands] as Command[]) {
    sub.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: (text) => void (refused += text) });
    if (sub !== program) sub.action((_ids: unknown, options: Record<string, unknown>) => void (seen = { ...options }));
  }
  try {
    await program.parseAsync([command, ...args], { from: 'user' });
  } catch {
    return { refused };
  }
  return seen!;
}

const pick = (o: Record<string, unknown> | { refused: string }) =>
  'refused' in o ? o : { rate: o.rate, concurrency: o.concurrency, timeout: o.timeout };

describe.each(['zoom', 'teams', 'webex', 'export'])('%s: --rate, --concurrency, --timeout', (command) => {
  it('default to no rate ceiling, 8 requests in flight and 30 seconds', async () => {
    expect(pick(await optionsOf(command, []))).toEqual({ rate: undefined, concurrency: 8, timeout: 30 });
  });

  it('take values up to 1000, 256 and 600 (a fractional concurrency is rounded down)', async () => {
    expect(pick(await optionsOf(command, ['--rate', '1000', '--concurrency', '256', '--timeout', '600']))).toEqual({ rate: 1000, concurrency: 256, timeout: 600 });
    expect(pick(await optionsOf(command, ['--rate', '0.5', '--concurrency', '2.9', '--timeout', '0.25']))).toEqual({ rate: 0.5, concurrency: 2, timeout: 0.25 });
  });

  it.each([
    ['--rate', '1000.5', 'the rate must be a number above 0 and at most 1000'],
    ['--rate', '0', 'the rate must be a number above 0 and at most 1000'],
    ['--concurrency', '257', 'the concurrency must be a number above 0 and at most 256'],
    ['--concurrency', '-1', 'the concurrency must be a number above 0 and at most 256'],
    ['--timeout', '601', 'the time-out must be a number above 0 and at most 600'],
    ['--timeout', 'soon', 'the time-out must be a number above 0 and at most 600'],
  ])('refuse %s %s', async (option, value, message) => {
    const result = await optionsOf(command, [option, value]);
    expect(result).toHaveProperty('refused');
    expect((result as { refused: string }).refused).toContain(`argument '${value}' is invalid. ${message}`);
  });
});
