// The no-secret promise for Teams and Webex files, as a property: random secrets
// under the platforms' secret keys (Teams' joinMeetingIdSettings.passcode and the
// p= of a join link; Webex's password, phoneAndVideoSystemPassword, hostKey,
// sipAddress and the MTID= of a link), in broken and in valid documents; no run
// of 5 characters of any secret may appear in any format, on any stream.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leakedRun, runWithStepSummary, STACK_TRACE, tempProject } from './helpers/cli';

const SEED = 20_261_126;
const RUN = 5;
const CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789*@-_.\\"\'';
const secret = fc.array(fc.constantFrom(...CHARS), { minLength: 6, maxLength: 12 }).map((c) => c.join(''));

/** (secret) → a document holding it where the platform keeps one. */
const PLACES: Record<string, (s: string) => string> = {
  'teams-passcode': (s) => `platform: teams\njoinMeetingIdSettings:\n  passcode: ${s}\n`,
  'teams-passcode-quoted': (s) => `platform: teams\njoinMeetingIdSettings:\n  passcode: "${s}"\n`,
  'teams-link': (s) => `joinWebUrl: https://teams.microsoft.com/meet/1?p=${s}\nlobbyBypassSettings:\n  scope: organizer\n`,
  'teams-link-quoted': (s) => `joinWebUrl: "https://teams.microsoft.com/meet/1?p=${s}"\nlobbyBypassSettings: {scope: [}\n`,
  'webex-password': (s) => `platform: webex\npassword: ${s}\n`,
  'webex-password-quoted': (s) => `platform: webex\npassword: '${s}'\n`,
  'webex-phone': (s) => `platform: webex\nphoneAndVideoSystemPassword: ${s}\n`,
  'webex-host-key': (s) => `platform: webex\nhostKey: *${s}\n`,
  'webex-sip': (s) => `platform: webex\nsipAddress: ${s}@example.webex.com\n`,
  'webex-link': (s) => `meetingNumber: "1"\nwebLink: https://x.webex.com/j.php?MTID=${s}\n`,
  'webex-json': (s) => `{"meetingNumber": "1", "webLink": "https://x.webex.com/j.php?MTID=m1", "password": "${s}", "enabledJoinBeforeHost": tru}`,
  'webex-json-valid': (s) => JSON.stringify({ meetingNumber: '1', webLink: 'https://x.webex.com/j.php?MTID=m1', password: s.replace(/["\\]/g, 'x'), hostKey: s.replace(/["\\]/g, 'x') }),
};

const caseOf = fc.record({ place: fc.constantFrom(...Object.keys(PLACES)), secret });

describe('no part of a Teams or Webex secret is ever printed (property)', () => {
  const cases = fc.sample(caseOf, { seed: SEED, numRuns: 120 });
  const files: Record<string, string> = {};
  cases.forEach((c, i) => {
    files[`case-${String(i).padStart(3, '0')}.${c.place.endsWith('json') || c.place === 'webex-json-valid' ? 'json' : 'yaml'}`] = PLACES[c.place]!(c.secret);
  });
  const dir = tempProject(files);

  it('covers every place', () => {
    expect(new Set(cases.map((c) => c.place)).size).toBe(Object.keys(PLACES).length);
  });

  for (const format of ['pretty', 'json', 'sarif', 'junit', 'github']) {
    it(`in the ${format} format, on stdout, stderr and the step summary`, () => {
      const { result: r, streams } = runWithStepSummary(dir, format);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      if (format === 'json') {
        const report = JSON.parse(r.stdout);
        expect(report.targets).toHaveLength(cases.length);
        // Both kinds are tested: documents that are checked and documents that are refused.
        expect(report.summary.errored).toBeGreaterThan(10);
        expect(report.targets.filter((t: { verdict: string }) => t.verdict !== 'error').length).toBeGreaterThan(10);
      }
      const leaks: string[] = [];
      cases.forEach((c, i) => {
        for (const [stream, text] of Object.entries(streams)) {
          const run = leakedRun(text, c.secret, RUN);
          if (run) leaks.push(`case ${i} (${c.place}, ${JSON.stringify(c.secret)}): ${JSON.stringify(run)} on ${stream}`);
        }
      });
      expect(leaks).toEqual([]);
    });
  }
});
