import rule from '../../rules/screen-share-host-only';
import { testRule } from '../helpers/rule-tester';

const host = (lines: string) => `host_settings:\n  in_meeting:\n${lines}`;
const WHO = '/host_settings/in_meeting/who_can_share_screen';

testRule(rule, [
  { name: 'host only', yaml: host('    who_can_share_screen: host\n'), status: 'pass', messageId: 'host', pointer: WHO, line: 3, column: 5 },
  { name: 'sharing off', yaml: host('    screen_sharing: false\n    who_can_share_screen: all\n'), status: 'pass', messageId: 'disabled', pointer: '/host_settings/in_meeting/screen_sharing', line: 3, column: 5 },
  { name: 'everyone may share', yaml: host('    screen_sharing: true\n    who_can_share_screen: all\n'), status: 'fail', messageId: 'all', pointer: WHO, line: 4, column: 5, fix: {
    describe: 'Let only the host share the screen (a setting of the host).',
    changes: [],
    byHand: ['Zoom web portal: Settings → Meeting → In Meeting (Basic) → Screen sharing → "Who can share?": Host Only'],
  } },
  { name: 'not given', yaml: host('    screen_sharing: true\n'), status: 'unknown', messageId: 'missing', pointer: WHO, line: 2, column: 3 },
]);
