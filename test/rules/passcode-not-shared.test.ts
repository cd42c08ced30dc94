import rule from '../../rules/passcode-not-shared';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'its own passcode', yaml: 'password: "k7Fp2Wq9"\n', others: ['password: "Zz81mmQa"\n', 'topic: none\n'], status: 'pass', messageId: 'own', pointer: '/password', line: 1, column: 1 },
  {
    name: 'shared with another meeting',
    yaml: 'topic: a\npassword: "k7Fp2Wq9"\n',
    others: ['password: "k7Fp2Wq9"\n', 'password: "other123"\n'],
    status: 'fail',
    messageId: 'shared',
    pointer: '/password',
    line: 2,
    column: 1,
    message: 'used by other-1.yaml.',
  },
  { name: 'export placeholders are not passcodes', yaml: 'password: "(set in Zoom; removed on export)"\n', others: ['password: "(set in Zoom; removed on export)"\n'], status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
  { name: 'no passcode', yaml: 'topic: a\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
]);
