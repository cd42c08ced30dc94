// Runs the built CLI as a user would: a real process, real streams, real exit code.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/mediate-check.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every run: PATH, and COLUMNS wide enough that the pretty
 * report and `explain` keep each message on one line, so assertions can name a
 * whole sentence. Wrapping has its own tests (test/e2e/pretty-width.test.ts),
 * which set COLUMNS (or '' for the default of 80).
 */
const baseEnv = (extra?: Record<string, string>): Record<string, string> => ({ PATH: process.env.PATH ?? '', COLUMNS: '10000', ...extra });

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const env = baseEnv(options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 15_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace: no "    at fn (/path/file.js:1:2)" frames and no Node internals. */
export const STACK_TRACE = /^\s+at (?:.+ \()?(?:file:\/\/|node:|\/).*:\d+:\d+\)?$|node:internal/m;

/** The same, without blocking the event loop: for tests whose server runs in this process. */
export function runCliAsync(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env = baseEnv(options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh folder holding `files` (name → content; names may include sub-folders). */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mediate-check-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The first run of `length` characters of `secret` found in `text`, if any (what the secret-leak properties look for). */
export function leakedRun(text: string, secret: string, length: number): string | undefined {
  for (let i = 0; i + length <= secret.length; i++) {
    const run = secret.slice(i, i + length);
    if (text.includes(run)) return run;
  }
  return undefined;
}

/**
 * Runs the built CLI over the folder `dir` in one report format, with a GitHub step
 * summary file, and returns the run and its three streams. SARIF fingerprints are
 * SHA-256 digests: masked on stdout, since a hex-only secret would find runs in them by chance.
 */
export function runWithStepSummary(dir: string, format: string): { result: CliResult; streams: Record<'stdout' | 'stderr' | 'summary', string> } {
  const summary = path.join(dir, `summary-${format}.md`);
  writeFileSync(summary, '');
  const result = runCli(['.', '-f', format, '--profile', 'current'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  const withoutDigests = (text: string) => text.replace(/\b[0-9a-f]{32,}\b/g, '<digest>');
  return { result, streams: { stdout: withoutDigests(result.stdout), stderr: result.stderr, summary: readFileSync(summary, 'utf8') } };
}
