// redactUrlSecrets: link credentials, as written and percent-encoded inside other text.
import { describe, expect, it } from 'vitest';
import { redactUrlSecrets } from '../src/util/secrets';

describe('redactUrlSecrets', () => {
  it('blanks a credential as written, keeping the parameter', () => {
    expect(redactUrlSecrets('https://zoom.us/j/1?pwd=SEKRIT1&x=1#a')).toBe('https://zoom.us/j/1?pwd=removed&x=1#a');
    expect(redactUrlSecrets('see https://x.test/j?a=1&ZAK=SEKRIT1 now')).toBe('see https://x.test/j?a=1&ZAK=removed now');
  });

  it('blanks the credential of a percent-encoded link in a server message', () => {
    const message =
      "Resource not found for the segment: $filter=JoinWebUrl+eq+%27https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2Fy%3Fcontext%3D%257b%257d%26p%3DSEKRITnotfound%27 (code 404)";
    expect(redactUrlSecrets(message)).toBe(
      "Resource not found for the segment: $filter=JoinWebUrl+eq+%27https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2Fy%3Fcontext%3D%257b%257d%26p%3Dremoved%27 (code 404)",
    );
  });

  it.each([
    ['%3Fpwd%3DSEKRIT1%26x%3D1', '%3Fpwd%3Dremoved%26x%3D1'],
    ['%3fTK%3dSEKRIT1%23frag', '%3fTK%3dremoved%23frag'],
    ['%253Fzak%253DSEKRIT1%2526x', '%253Fzak%253Dremoved%2526x'],
    ['%2526token%253DSEKRIT1%2523y', '%2526token%253Dremoved%2523y'],
    ["'x%26MTID%3DSEKRIT1' and more", "'x%26MTID%3Dremoved' and more"],
    ['"x%26p%3DSEKRIT1"', '"x%26p%3Dremoved"'],
    ['x%26p%3DSEKRIT1%22y', 'x%26p%3Dremoved%22y'],
    ['x%26p%3DSEKRIT1%2527y', 'x%26p%3Dremoved%2527y'],
    ['x%26p%3DSEK%2FRIT1 y', 'x%26p%3Dremoved y'],
    ['x%3Fpwd=SEKRIT1&y', 'x%3Fpwd=removed&y'],
    ['x?pwd%3DSEKRIT1%26y', 'x?pwd%3Dremoved%26y'],
  ])('blanks an encoded credential in %j', (text, redacted) => {
    expect(redactUrlSecrets(text)).toBe(redacted);
  });

  it('leaves parameters that carry no credential', () => {
    const text = 'x%3Fcontext%3D%257b%257d%26pwdx%3Dkeep%26ap%3Dkeep';
    expect(redactUrlSecrets(text)).toBe(text);
  });

  it('takes linear time on a hostile megabyte', () => {
    const hostile: [string, string][] = [
      ['%26p%3D' + '%41'.repeat(350_000), '%26p%3Dremoved'],
      ['%26p%3D'.repeat(150_000), '%26p%3Dremoved'.repeat(150_000)],
      ['%2526'.repeat(200_000), '%2526'.repeat(200_000)],
      ['?p=' + '%'.repeat(1_000_000), '?p=removed'],
      ['%26p%3D' + 'a%25'.repeat(250_000), '%26p%3Dremoved'],
      ['%3'.repeat(350_000), '%3'.repeat(350_000)],
    ];
    const started = performance.now();
    for (const [text, redacted] of hostile) expect(redactUrlSecrets(text) === redacted).toBe(true);
    // A generous bound: a backtracking pattern takes minutes here, not seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
