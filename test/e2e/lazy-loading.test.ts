// Start-up stays light: a file check loads no HTTP client; only Zoom commands do.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli';

function required(args: string[], env: Record<string, string> = {}): string[] {
  const r = spawnSync(process.execPath, ['--require', './test/helpers/record-requires.cjs', BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  const line = /required: (.*)/.exec(r.stderr)?.[1] ?? '';
  return line.split(',').filter(Boolean);
}

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
  });

  it('loads undici for a Zoom command', () => {
    // No credentials: the command stops with a usage error, after loading its client module.
    expect(required(['zoom', '123456789'], { ZOOM_ACCOUNT_ID: 'a', ZOOM_CLIENT_ID: 'b', ZOOM_CLIENT_SECRET: 'c', ZOOM_OAUTH_TOKEN_URL: 'http://127.0.0.1:9/oauth/token', ZOOM_API_BASE_URL: 'http://127.0.0.1:9/v2' })).toContain('undici');
  });
});
