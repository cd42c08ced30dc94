import rule from '../../rules/passcode-required';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'password set', yaml: 'topic: x\npassword: "abc123"\n', status: 'pass', messageId: 'set', pointer: '/password', line: 2, column: 1 },
  { name: 'only encrypted_password set', yaml: 'encrypted_password: "Q2dXb0x3"\n', status: 'pass', messageId: 'set', pointer: '/encrypted_password', line: 1, column: 1 },
  { name: 'empty password, encrypted one set', yaml: 'password: ""\nencrypted_password: "xyz"\n', status: 'pass', messageId: 'set', pointer: '/encrypted_password', line: 2, column: 1 },
  { name: 'no passcode field at all', yaml: 'topic: x\n', status: 'fail', messageId: 'none', pointer: '/password', line: 1, column: 1 },
  { name: 'both empty', yaml: 'topic: x\npassword: ""\nencrypted_password: ""\n', status: 'fail', messageId: 'none', pointer: '/password', line: 2, column: 1 },
  {
    name: 'A3: a template whose host requires a passcode',
    yaml: 'template_id: tplAudit1\ntopic: Mediation\nhost_settings:\n  meeting_security:\n    meeting_password: true\n',
    status: 'pass',
    messageId: 'templateOn',
    pointer: '/host_settings/meeting_security/meeting_password',
    line: 5,
    column: 5,
    evidence: [{ pointer: '/host_settings/meeting_security/meeting_password', level: 'user', locked: null }],
  },
  {
    name: 'A3: a template whose host requires none',
    yaml: 'template_id: tplAudit1\nhost_settings:\n  meeting_security:\n    meeting_password: false\nlocks:\n  meeting_security:\n    meeting_password: false\n',
    status: 'fail',
    messageId: 'templateOff',
    pointer: '/host_settings/meeting_security/meeting_password',
    line: 4,
    column: 5,
    evidence: [{ pointer: '/host_settings/meeting_security/meeting_password', level: 'user', locked: false }],
  },
  { name: 'A3: a template, host setting not known', yaml: 'template_id: tplAudit1\n', status: 'unknown', messageId: 'templateUnknown', pointer: '/host_settings/meeting_security/meeting_password', line: 1, column: 1 },
  {
    name: 'a meeting made from an admin template still needs its own passcode',
    yaml: 'id: 85746065432\ntemplate_id: tplAudit1\nhost_settings:\n  meeting_security:\n    meeting_password: true\n',
    status: 'fail',
    messageId: 'none',
    pointer: '/password',
    line: 1,
    column: 1,
  },
]);
