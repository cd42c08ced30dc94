// Start-up stays light: a file check loads no HTTP client; only Zoom commands do.
// It validates valid files by their schemas' plans: zod is read only for a file that needs it.
// And it reads none of the split-out modules (dist/modules/): what it runs is in the
// pack dist/cli.cjs; commands, formats and clients are read only when used.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempProject } from '../helpers/cli';

function recorded(args: string[], env: Record<string, string> = {}): { packages: string[]; modules: string[]; status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--require', './test/helpers/record-requires.cjs', BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  const list = (name: string) => (new RegExp(`^${name}: (.*)$`, 'm').exec(r.stderr)?.[1] ?? '').split(',').filter(Boolean);
  return { packages: list('required'), modules: list('modules'), status: r.status, stdout: r.stdout };
}

const required = (args: string[], env: Record<string, string> = {}): string[] => recorded(args, env).packages;

/** A split-out module's name without its content hash: chunks/check-zoom-AB12CD34.cjs → check-zoom. */
const moduleNames = (args: string[]): string[] => recorded(args).modules.map((m) => m.replace(/^chunks\//, '').replace(/-[A-Z0-9]{8}\.cjs$/, ''));

describe('lazy loading', () => {
  it('checks a file without loading undici', () => {
    expect(required(['fixtures/compliant-meeting.yaml'])).not.toContain('undici');
    expect(required(['fixtures/risky-meeting.yaml', '-f', 'sarif'])).not.toContain('undici');
    // A Teams or Webex file is checked like any file: no HTTP client either.
    expect(required(['fixtures/teams-risky.yaml', 'fixtures/webex-compliant.yaml'])).not.toContain('undici');
  });

  it('loads undici for the teams and webex commands', () => {
    const unreachable = 'http://127.0.0.1:9';
    expect(required(['teams', 'x', '--organizer', 'o'], { MS_TENANT_ID: 't', MS_CLIENT_ID: 'c', MS_CLIENT_SECRET: 's', MS_LOGIN_BASE_URL: unreachable, MS_GRAPH_BASE_URL: unreachable })).toContain('undici');
    expect(required(['webex', 'x'], { WEBEX_ACCESS_TOKEN: 't', WEBEX_API_BASE_URL: unreachable })).toContain('undici');
  }, 60_000); // each command retries the unreachable address with back-off (about 4 s); 9 s on a loaded CI machine

  it('loads none of the Zoom client for the teams and webex commands', () => {
    const unreachable = 'http://127.0.0.1:9';
    const webex = recorded(['webex', 'x', '--mediation', 'fixtures/compliant-meeting.yaml'], { WEBEX_ACCESS_TOKEN: 't', WEBEX_API_BASE_URL: unreachable }).modules;
    expect(webex).toEqual(expect.arrayContaining([expect.stringMatching(/check-platforms/)]));
    // The Zoom client (its error class, by name) is in no module the command read.
    expect(webex.filter((name) => /ZoomApiError/.test(readFileSync(path.join(ROOT, 'dist/modules', name), 'latin1')))).toEqual([]);
  });

  it('loads undici for a Zoom command', () => {
    // No credentials: the command stops with a usage error, after loading its client module.
    expect(required(['zoom', '123456789'], { ZOOM_ACCOUNT_ID: 'a', ZOOM_CLIENT_ID: 'b', ZOOM_CLIENT_SECRET: 'c', ZOOM_OAUTH_TOKEN_URL: 'http://127.0.0.1:9/oauth/token', ZOOM_API_BASE_URL: 'http://127.0.0.1:9/v2' })).toContain('undici');
  });

  it('checks a file with what the pack holds: no other module is read', () => {
    expect(recorded(['fixtures/compliant-meeting.yaml']).modules).toEqual([]);
    expect(recorded(['fixtures/risky-meeting.yaml', 'fixtures/current-meeting.yaml', '--profile', 'current']).modules).toEqual([]);
  });

  it('checks valid files without zod: the schemas are read only for a file the plan does not pass', () => {
    // The pack holds no zod (its base class, by name).
    expect(readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'latin1')).not.toContain('$ZodType');
    expect(recorded(['fixtures/teams-risky.yaml', 'fixtures/webex-compliant.yaml', 'fixtures/zoom-api-meeting.json']).modules).toEqual([]);
    // A flag written as text: zod judges it, and words the error.
    const dir = tempProject({ 'bad.yaml': 'settings:\n  use_pmi: "yes"\n' });
    const bad = recorded([path.join(dir, 'bad.yaml')]);
    expect(bad.status).toBe(2);
    expect(bad.stdout.replace(/\s+/g, ' ')).toMatch(/settings\.use_pmi: must be true or false/);
    expect(bad.modules).toContain('zod-schemas.cjs');
  });

  it('reads a split-out module only for what needs it', () => {
    // Another format: its own module (and code only formats share), no command, client, diff or prompt.
    const sarif = moduleNames(['fixtures/risky-meeting.yaml', '-f', 'sarif']);
    expect(sarif).toContain('format-sarif');
    expect(sarif.filter((name) => name !== 'format-sarif' && name !== 'chunk')).toEqual([]);
    // Any other command line: the full program (commander), then the command's module.
    expect(moduleNames(['rules'])).toEqual(expect.arrayContaining(['cli-program', 'list-rules']));
    expect(moduleNames(['schema', 'policy'])).toEqual(expect.arrayContaining(['cli-program', 'print-schema']));
    expect(moduleNames(['fix', '--dry-run', 'fixtures/risky-meeting.yaml'])).toEqual(expect.arrayContaining(['cli-program', 'fix-files', 'libesm']));
  });
});
