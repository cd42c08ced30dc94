// The Zoom end-to-end files' shared harness: emulators started for a test are
// stopped after it; every run of the built CLI is checked for a stack trace at
// once, and, when the file ends, every output for any secret the emulator hands out.
import { afterAll, afterEach, expect } from 'vitest';
import { runCliAsync, STACK_TRACE, type CliResult } from './cli';
import { AUDIT, CREDENTIALS, sampleAccount, type EmulatorOptions, type ZoomEmulator } from './zoom-emulator';

/** Every secret the sample account and the audit host hand out (passcodes, tokens, keys, start URLs, link credentials). */
export const EMULATOR_SECRETS: readonly string[] = [
  CREDENTIALS.clientSecret,
  'emu-access-token-',
  'pw85746065432x',
  'pw6589310093x',
  `pw${AUDIT.meetingId}x`,
  'emu-enc-',
  '557201',
  'emu-hostkey-',
  'emu-start-token',
  'zak=emu',
  'emu-pmi-secret',
  'emu-default-secret',
  'emu-link-secret',
  'emu-exception-token',
  'emu-archive-secret',
  'emu-channel-token',
];

export type TimedResult = CliResult & { seconds: number };

export interface ZoomSessionOptions {
  /** Options every emulator of the file starts with (a test's own options win). */
  defaults?: EmulatorOptions;
  /** Applied to every emulator before a test's own setup (e.g. seedAudit). */
  prepare?: (e: ZoomEmulator) => void;
}

export function zoomSession({ defaults = {}, prepare }: ZoomSessionOptions = {}) {
  const outputs: CliResult[] = [];
  let emulators: ZoomEmulator[] = [];

  afterEach(async () => {
    await Promise.all(emulators.map((e) => e.stop()));
    emulators = [];
  });
  afterAll(() => {
    for (const { stdout, stderr } of outputs) for (const secret of EMULATOR_SECRETS) expect(stdout + stderr).not.toContain(secret);
  });

  return {
    /** The sample account (plus the file's defaults and preparation, then `setup`), started on 127.0.0.1. */
    async emulator(options: EmulatorOptions = {}, setup?: (e: ZoomEmulator) => void): Promise<ZoomEmulator> {
      const e = sampleAccount({ ...defaults, ...options });
      prepare?.(e);
      setup?.(e);
      await e.start();
      emulators.push(e);
      return e;
    },
    /** The built CLI pointed at `e`, with how long it took. */
    async cli(e: ZoomEmulator, args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<TimedResult> {
      const started = Date.now();
      const result = await runCliAsync(args, { env: { ...e.env(), ...options.env }, cwd: options.cwd });
      outputs.push(result);
      expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
      return { ...result, seconds: (Date.now() - started) / 1000 };
    },
  };
}
