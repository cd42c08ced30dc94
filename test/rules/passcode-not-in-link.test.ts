import rule from '../../rules/passcode-not-in-link';
import { testRule } from '../helpers/rule-tester';

const EMBED = '/host_settings/meeting_security/embed_password_in_join_link';

testRule(rule, [
  { name: 'link without pwd', yaml: 'join_url: https://example.zoom.us/j/123\n', status: 'pass', messageId: 'clean', pointer: '/join_url', line: 1, column: 1 },
  { name: 'embed setting off', yaml: 'topic: x\nhost_settings:\n  meeting_security:\n    embed_password_in_join_link: false\n', status: 'pass', messageId: 'off', pointer: EMBED, line: 4, column: 5 },
  { name: 'link carries pwd', yaml: 'topic: x\njoin_url: https://example.zoom.us/j/123?pwd=abc\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 2, column: 1 },
  { name: 'pwd after another parameter', yaml: 'join_url: "https://example.zoom.us/j/123?from=addon&pwd=abc"\n', status: 'fail', messageId: 'link', pointer: '/join_url', line: 1, column: 1 },
  {
    name: 'embed setting on wins over a clean link',
    yaml: 'join_url: https://example.zoom.us/j/123\nhost_settings:\n  meeting_security:\n    embed_password_in_join_link: true\n',
    status: 'fail',
    messageId: 'embedded',
    pointer: EMBED,
    line: 4,
    column: 5,
  },
  { name: 'neither given', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/join_url', line: 1, column: 1 },
  { name: 'host settings without the embed key', yaml: 'host_settings:\n  meeting_security: {}\n', status: 'unknown', messageId: 'missing', pointer: '/join_url', line: 1, column: 1 },
  { name: "webex: password left out of the invitation", yaml: "platform: webex\nexcludePassword: true\n", status: 'pass', messageId: 'webexExcluded', pointer: '/excludePassword', line: 2, column: 1 },
  { name: "webex: password in the invitation", yaml: "platform: webex\nexcludePassword: false\n", status: 'fail', messageId: 'webexIncluded', pointer: '/excludePassword', line: 2, column: 1 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/excludePassword', line: 1, column: 1 },
]);
