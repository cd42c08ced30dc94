// The passcode as rules may use it: its presence and its shape, never its text in output.
import type { Meeting } from './meeting-schema';
import type { WebexMeeting } from './webex-schema';

/** Stands where an exported meeting's passcode was: it says one is set, and is no passcode itself. */
export const PASSCODE_PLACEHOLDER = '(set in Zoom; removed on export)';
/** The same for an exported Webex meeting's password. */
export const WEBEX_PASSWORD_PLACEHOLDER = '(set in Webex; removed on export)';

/** The meeting's passcode in clear, when the input holds it (not a placeholder, not only the encrypted form). */
export function clearPasscode(meeting: Meeting): string | undefined {
  const value = meeting.password;
  return typeof value === 'string' && value.length > 0 && value !== PASSCODE_PLACEHOLDER ? value : undefined;
}

/** A Webex meeting's password in clear, when the input holds it (not the placeholder an export writes). */
export function clearWebexPassword(meeting: WebexMeeting): string | undefined {
  const value = meeting.password;
  return typeof value === 'string' && value.length > 0 && value !== WEBEX_PASSWORD_PLACEHOLDER ? value : undefined;
}
