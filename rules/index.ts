// Every rule, listed explicitly (a meta-test keeps this list, rules/ and the tests in step).
import type { Rule } from '../src/engine/define-rule';
import agreementClauses from './agreement-clauses';
import authenticatedParticipants from './authenticated-participants';
import breakoutRoomsCarveOut from './breakout-rooms-carve-out';
import clientVersion from './client-version';
import dialInPasscode from './dial-in-passcode';
import endToEndEncryption from './end-to-end-encryption';
import hostsDisclosed from './hosts-disclosed';
import invitationKeptPrivate from './invitation-kept-private';
import lockAfterJoin from './lock-after-join';
import noAutoRecording from './no-auto-recording';
import noAutomaticCopies from './no-automatic-copies';
import noJoinBeforeHost from './no-join-before-host';
import noWaitingRoom from './no-waiting-room';
import passcodeNotInLink from './passcode-not-in-link';
import passcodeNotShared from './passcode-not-shared';
import passcodeRequired from './passcode-required';
import passcodeStrength from './passcode-strength';
import privateNetwork from './private-network';
import screenShareHostOnly from './screen-share-host-only';
import statutoryMediationClause from './statutory-mediation-clause';
import uniqueMeetingId from './unique-meeting-id';
import waitingRoom from './waiting-room';

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
  waitingRoom,
  noJoinBeforeHost,
  authenticatedParticipants,
  passcodeStrength,
  passcodeNotShared,
  screenShareHostOnly,
  endToEndEncryption,
  breakoutRoomsCarveOut,
  dialInPasscode,
  noAutomaticCopies,
  hostsDisclosed,
  statutoryMediationClause,
  invitationKeptPrivate,
];
