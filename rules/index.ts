// Every rule, listed explicitly (a meta-test keeps this list, rules/ and the tests in step).
import type { Rule } from '../src/engine/define-rule';
import agreementClauses from './agreement-clauses';
import clientVersion from './client-version';
import lockAfterJoin from './lock-after-join';
import noAutoRecording from './no-auto-recording';
import noWaitingRoom from './no-waiting-room';
import passcodeNotInLink from './passcode-not-in-link';
import passcodeRequired from './passcode-required';
import privateNetwork from './private-network';
import uniqueMeetingId from './unique-meeting-id';

export const allRules: readonly Rule[] = [
  uniqueMeetingId,
  passcodeRequired,
  passcodeNotInLink,
  noWaitingRoom,
  lockAfterJoin,
  privateNetwork,
  clientVersion,
  noAutoRecording,
  agreementClauses,
];
