import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

const EMBED = '/host_settings/meeting_security/embed_password_in_join_link';
const UNEMBED = byHand(
  'Keep the passcode out of the invite link (a setting of the host), then send the new link.',
  'Zoom web portal: Settings → Meeting → Security → "Embed passcode in invite link for one-click join": off',
);

/** How many links inside links are opened (a Safe Links or redirect wrapper, itself wrapped): each level reads the text once. */
const NESTED_LINKS = 3;

/** A parameter value that is itself a link: a scheme, its colon plain or percent-encoded ("https%3A%2F%2F…" encoded twice). */
const NESTED_LINK = /^[a-z][a-z\d+.-]*(?::|%3a)/i;

/** The query of a link (after its first ?, before any #fragment), as URLSearchParams reads it. */
const queryOf = (link: string) => link.split('#')[0]!.split('?').slice(1).join('?');

/** Once more percent-decoded, when the text is (a malformed escape leaves it as it is). */
function decodedOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a link has one of `names` as a query parameter: names are compared
 * percent-decoded ("%70wd" is pwd) and without regard to case, and a parameter
 * value that is itself a link (Outlook Safe Links' url=, a redirect's q=) is
 * searched the same way, NESTED_LINKS levels deep at most, so hostile input
 * costs time linear in its length.
 */
function linkHasParameter(link: string, names: ReadonlySet<string>, level = 0): boolean {
  for (const [name, value] of new URLSearchParams(queryOf(link))) {
    if (names.has(name.toLowerCase())) return true;
    if (level < NESTED_LINKS && NESTED_LINK.test(value)) {
      const inner = /^[a-z][a-z\d+.-]*:/i.test(value) ? value : decodedOnce(value);
      if (linkHasParameter(inner, names, level + 1)) return true;
    }
  }
  return false;
}

/** The parameter Zoom embeds the passcode in. */
const PASSCODE_PARAMETER: ReadonlySet<string> = new Set(['pwd']);

export default defineRule({
  id: 'passcode-not-in-link',
  severity: 'warning',
  summary: 'The passcode is not embedded in the join link, so it can travel apart from the link.',
  rationale:
    'A link with the passcode embedded (pwd=…) is a complete key: whoever receives a forwarded invitation is in. ' +
    'Sending the link and the passcode by different channels means one leaked message is not enough.',
  fix:
    'Zoom web portal: Settings → Meeting → Security → turn off "Embed passcode in invite link for one-click join", copy the invitation again, and send the passcode apart from the link. In the file: host_settings.meeting_security.embed_password_in_join_link: false, and a join_url without pwd=.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS],
  history:
    'Added by the post\'s readers in April 2020, who asked how to send the passcode apart from the link, since Zoom embeds it by default. Unchanged; in both profiles.',
  messages: {
    link: 'The join link carries the passcode (a pwd= parameter).',
    embedded: 'The host settings embed the passcode in every join link (embed_password_in_join_link is true).',
    clean: 'The join link does not carry the passcode.',
    off: 'The host settings do not embed the passcode in join links.',
    missing: 'Not known: there is neither join_url nor host_settings.meeting_security.embed_password_in_join_link: add one of them.',
    webexExcluded: 'The password is left out of the invitation (excludePassword is true).',
    webexIncluded: 'The invitation carries the password next to the link (excludePassword is false).',
    webexMissing: 'Not known whether the invitation carries the password: add excludePassword (true).',
  },
  check(meeting, { pass, fail, unknown }) {
    const url = meeting.join_url;
    const embed = meeting.host_settings?.meeting_security?.embed_password_in_join_link;
    if (url !== undefined && linkHasParameter(url, PASSCODE_PARAMETER)) return fail('link', '/join_url', {}, undefined, UNEMBED);
    if (embed === true) return fail('embedded', EMBED, {}, undefined, UNEMBED);
    if (url !== undefined) return pass('clean', '/join_url');
    if (embed === false) return pass('off', EMBED);
    return unknown('missing', '/join_url');
  },
  // Teams: no decision. A Teams link admits people with no passcode at all; the lobby is the control (waiting-room).
  webex(meeting, { pass, fail, unknown }) {
    const value = meeting.excludePassword;
    if (value === true) return pass('webexExcluded', '/excludePassword');
    if (value === false) return fail('webexIncluded', '/excludePassword');
    return unknown('webexMissing', '/excludePassword');
  },
});
