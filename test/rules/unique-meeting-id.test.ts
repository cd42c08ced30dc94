import rule from '../../rules/unique-meeting-id';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'scheduled meeting of its own', yaml: 'id: 123456789\ntype: 2\nsettings:\n  use_pmi: false\n', status: 'pass', messageId: 'scheduled', pointer: '/type', line: 2, column: 1 },
  { name: 'recurring with fixed time, no id', yaml: 'type: 8\n', status: 'pass', messageId: 'scheduled', pointer: '/type', line: 1, column: 1 },
  { name: 'ids differ across the run', yaml: 'id: 111\ntype: 2\n', others: ['id: 222\ntype: 2\n'], status: 'pass', messageId: 'scheduled', pointer: '/type', line: 2, column: 1 },
  { name: 'personal meeting id in use', yaml: 'type: 2\nsettings:\n  use_pmi: true\n', status: 'fail', messageId: 'pmi', pointer: '/settings/use_pmi', line: 3, column: 3 },
  { name: 'instant meeting', yaml: 'topic: x\ntype: 1\n', status: 'fail', messageId: 'type', pointer: '/type', line: 2, column: 1, message: 'an instant meeting (type 1)' },
  { name: 'recurring with no fixed time', yaml: 'type: 3\n', status: 'fail', messageId: 'type', pointer: '/type', line: 1, column: 1 },
  { name: 'PMI meeting type', yaml: 'type: 4\nsettings:\n  use_pmi: false\n', status: 'fail', messageId: 'type', pointer: '/type', line: 1, column: 1 },
  {
    name: 'same id in another target of the run',
    yaml: 'topic: a\nid: 85746065432\ntype: 2\n',
    others: ['id: "85746065432"\ntype: 2\n', 'id: 1\ntype: 2\n'],
    status: 'fail',
    messageId: 'repeated',
    pointer: '/id',
    line: 2,
    column: 1,
    message: 'also used by other-1.yaml',
  },
  { name: 'repeated id fails even when type is unknown', yaml: 'id: 5\n', others: ['id: 5\n'], status: 'fail', messageId: 'repeated', pointer: '/id', line: 1, column: 1 },
  { name: 'neither type nor use_pmi', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/type', line: 1, column: 1 },
  { name: 'use_pmi false but no type', yaml: 'topic: x\nsettings:\n  use_pmi: false\n', status: 'unknown', messageId: 'partial', pointer: '/type', line: 1, column: 1 },
  { name: 'screen-share-only type is not covered', yaml: 'type: 10\n', status: 'unknown', messageId: 'partial', pointer: '/type', line: 1, column: 1 },
]);
