import rule from '../../rules/client-version';
import { testRule } from '../helpers/rule-tester';

const client = (lines: string) => `mediation:\n  client:\n${lines}`;
const VERSION = '/mediation/client/minimum_version';
const BROWSER = '/mediation/client/browser_join';

testRule(rule, [
  { name: 'recent client, browser off', yaml: client('    minimum_version: "6.4.0"\n    browser_join: false\n'), status: 'pass', messageId: 'ok', pointer: VERSION, line: 3, column: 5 },
  { name: 'exactly the floor', yaml: client('    minimum_version: "5.0.0"\n    browser_join: false\n'), status: 'pass', messageId: 'ok', pointer: VERSION, line: 3, column: 5 },
  {
    name: 'browser joins off in host settings',
    yaml: client('    minimum_version: "5.10.0"\n') + 'host_settings:\n  in_meeting:\n    join_from_desktop: false\n    join_from_mobile: false\n',
    status: 'pass',
    messageId: 'ok',
    pointer: VERSION,
    line: 3,
    column: 5,
    options: { floor: '5.9.0' },
    evidence: [
      { pointer: '/host_settings/in_meeting/join_from_desktop', level: 'user', locked: null },
      { pointer: '/host_settings/in_meeting/join_from_mobile', level: 'user', locked: null },
    ],
  },
  {
    name: 'A4: a hidden browser link alone is not enough',
    yaml: client('    minimum_version: "5.0.0"\n') + 'host_settings:\n  in_meeting:\n    show_a_join_from_your_browser_link: false\n    join_from_desktop: true\n    join_from_mobile: true\n',
    status: 'unknown',
    messageId: 'linkOnly',
    pointer: BROWSER,
    line: 2,
    column: 3,
  },
  {
    name: 'A4: desktop browser off, mobile browser on',
    yaml: client('    minimum_version: "6.0.0"\n') + 'host_settings:\n  in_meeting:\n    join_from_desktop: false\n    join_from_mobile: true\n',
    status: 'unknown',
    messageId: 'noBrowser',
    pointer: BROWSER,
    line: 2,
    column: 3,
  },
  { name: 'browser joins allowed', yaml: client('    minimum_version: "6.4.0"\n    browser_join: true\n'), status: 'fail', messageId: 'browser', pointer: BROWSER, line: 4, column: 5 },
  {
    name: 'host shows the browser link',
    yaml: 'host_settings:\n  in_meeting:\n    show_a_join_from_your_browser_link: true\n',
    status: 'fail',
    messageId: 'browserLink',
    pointer: '/host_settings/in_meeting/show_a_join_from_your_browser_link',
    line: 3,
    column: 5,
  },
  { name: 'version below the default floor', yaml: client('    minimum_version: "4.6.10"\n    browser_join: false\n'), status: 'fail', messageId: 'old', pointer: VERSION, line: 3, column: 5, message: '4.6.10 is below the floor 5.0.0' },
  { name: 'version below a raised floor', yaml: client('    minimum_version: "5.17.0"\n    browser_join: false\n'), options: { floor: '6.0.0' }, status: 'fail', messageId: 'old', pointer: VERSION, line: 3, column: 5 },
  { name: 'nothing about clients', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: VERSION, line: 1, column: 1 },
  { name: 'version but no browser fact', yaml: client('    minimum_version: "6.0.0"\n'), status: 'unknown', messageId: 'noBrowser', pointer: BROWSER, line: 2, column: 3 },
  { name: 'browser off but no version', yaml: client('    browser_join: false\n'), status: 'unknown', messageId: 'noVersion', pointer: VERSION, line: 2, column: 3 },
  // Teams and Webex: only browser joins are judged (the floor is Zoom's numbering).
  { name: 'teams: no browser joins declared', yaml: 'platform: teams\nmediation:\n  client:\n    minimum_version: 1.0.0\n    browser_join: false\n', status: 'pass', messageId: 'appOnly', pointer: '/mediation/client/browser_join', line: 5, column: 5, message: 'on Teams' },
  { name: 'teams: end-to-end encrypted, no browser can join', yaml: 'platform: teams\nisEndToEndEncryptionEnabled: true\n', status: 'pass', messageId: 'teamsEncrypted', pointer: '/isEndToEndEncryptionEnabled', line: 2, column: 1 },
  { name: 'teams: browser joins allowed, even with encryption', yaml: 'platform: teams\nisEndToEndEncryptionEnabled: true\nmediation:\n  client:\n    browser_join: true\n', status: 'fail', messageId: 'browser', pointer: '/mediation/client/browser_join', line: 5, column: 5 },
  { name: 'teams: nothing known', yaml: 'platform: teams\nisEndToEndEncryptionEnabled: false\n', status: 'unknown', messageId: 'appMissing', pointer: '/mediation/client/browser_join', line: 1, column: 1 },
  { name: 'webex: no browser joins declared', yaml: 'platform: webex\nmediation:\n  client:\n    browser_join: false\n', status: 'pass', messageId: 'appOnly', pointer: '/mediation/client/browser_join', line: 4, column: 5, message: 'on Webex' },
  { name: 'webex: browser joins allowed', yaml: 'platform: webex\nmediation:\n  client:\n    browser_join: true\n', status: 'fail', messageId: 'browser', pointer: '/mediation/client/browser_join', line: 4, column: 5 },
  { name: 'webex: a version alone says nothing of browsers', yaml: 'platform: webex\nmediation:\n  client:\n    minimum_version: 45.0.0\n', status: 'unknown', messageId: 'appMissing', pointer: '/mediation/client/browser_join', line: 3, column: 3 },
]);
