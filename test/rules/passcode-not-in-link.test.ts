import rule from '../../rules/passcode-not-in-link';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine/run-checks';
import { testRule } from '../helpers/rule-tester';

const EMBED = '/host_settings/meeting_security/embed_password_in_join_link';

testRule(rule, [
  { name: 'link without pwd', yaml: 'join_url: https://example.zoom.us/j/123\n', status: 'pass', messageId: 'clean', pointer: '/join_url', line: 1, column: 1 },
  { name: 'embed setting off', yaml: 'topic: x\nhost_settings:\n  meeting_security:\n    embed_password_in_join_link: false\n', status: 'pass', messageId: 'off', pointer: EMBED, line: 4, column: 5 },
  { name: 'link carries pwd', yaml: 'topic: x\njoin_url: https://example.zoom.us/j/123?pwd=abc\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 2, column: 1 },
  { name: 'pwd after another parameter', yaml: 'join_url: "https://example.zoom.us/j/123?from=addon&pwd=abc"\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 1, column: 1 },
  { name: 'percent-encoded parameter name', yaml: 'join_url: "https://zoom.us/j/85746065432?%70wd=Qk9xR2lYc0dCZz09"\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 1, column: 1 },
  { name: 'percent-encoded name in capitals, after another parameter', yaml: 'join_url: "https://zoom.us/j/85746065432?from=addon&%50WD=Qk9x"\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 1, column: 1 },
  {
    name: 'link wrapped by Outlook Safe Links',
    yaml: 'join_url: "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fus02web.zoom.us%2Fj%2F85746065432%3Fpwd%3DQk9xR2lYc0dCZz09&data=05%7C01"\n',
    status: 'fail',
    messageId: 'link',
    pointer: '/join_url',
    line: 1,
    column: 1,
  },
  {
    name: 'link encoded twice inside a redirect',
    yaml: 'join_url: "https://www.google.com/url?q=https%253A%252F%252Fzoom.us%252Fj%252F85746065432%253Fpwd%253DQk9x&sa=D"\n',
    status: 'fail',
    messageId: 'link',
    pointer: '/join_url',
    line: 1,
    column: 1,
  },
  {
    name: 'Safe Links wrapper of a link without pwd',
    yaml: 'join_url: "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fus02web.zoom.us%2Fj%2F85746065432%3Ffrom%3Daddon&data=05%7C01"\n',
    status: 'pass',
    messageId: 'clean',
    pointer: '/join_url',
    line: 1,
    column: 1,
  },
  { name: 'a parameter that only begins with pwd', yaml: 'join_url: "https://zoom.us/j/85746065432?pwdless=1"\n', status: 'pass', messageId: 'clean', pointer: '/join_url', line: 1, column: 1 },
  { name: 'pwd in the fragment is not sent', yaml: 'join_url: "https://zoom.us/j/85746065432#pwd=abc"\n', status: 'pass', messageId: 'clean', pointer: '/join_url', line: 1, column: 1 },
  {
    name: 'embed setting on wins over a clean link',
    yaml: 'join_url: https://example.zoom.us/j/123\nhost_settings:\n  meeting_security:\n    embed_password_in_join_link: true\n',
    status: 'fail',
    messageId: 'embedded',
    pointer: EMBED,
    line: 4,
    column: 5,
  },
  { name: 'pwd without a value', yaml: 'join_url: "https://zoom.us/j/85746065432?pwd"\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 1, column: 1 },
  { name: 'neither given', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/join_url', line: 1, column: 1 },
  { name: 'host settings without the embed key', yaml: 'host_settings:\n  meeting_security: {}\n', status: 'unknown', messageId: 'missing', pointer: '/join_url', line: 1, column: 1 },
  { name: "webex: password left out of the invitation", yaml: "platform: webex\nexcludePassword: true\n", status: 'pass', messageId: 'webexExcluded', pointer: '/excludePassword', line: 2, column: 1 },
  { name: "webex: password in the invitation", yaml: "platform: webex\nexcludePassword: false\n", status: 'fail', messageId: 'webexIncluded', pointer: '/excludePassword', line: 2, column: 1 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/excludePassword', line: 1, column: 1 },
]);

describe('passcode-not-in-link on hostile links', () => {
  it('opens links inside links a bounded number of times: linear, not quadratic', () => {
    // 20,000 links, each the url= value of the one before: without a bound, each level reads the rest again.
    const link = 'https://r.example/?url='.repeat(20_000) + 'https://zoom.us/j/1';
    const targets = [{ name: 'case.yaml', source: 'file' as const, meeting: { join_url: link } }];
    const started = performance.now();
    const [result] = runChecks(targets, [{ rule, severity: rule.severity, options: {} }]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result!.checks[0]).toMatchObject({ status: 'pass', messageId: 'clean' });
  });
});
