// Secrets must never reach any output. Messages we build never quote values.
// The YAML parser's messages are judged by where they point (load/secret-ranges);
// text from the Zoom API passes through redact() with the secrets known.

/**
 * Keys whose values are secrets: passcodes, host keys, links (which may carry pwd=,
 * tk= or zak=), tokens and client secrets. Generous on purpose, so that a typo or a
 * stray character in the key (`pasword`, `pa@ssword`, `h323*_password`) still
 * marks its value: a key taken for secret by mistake only makes a message plainer.
 */
// Teams: joinMeetingIdSettings.passcode, joinWebUrl. Webex: password,
// phoneAndVideoSystemPassword, panelistPassword, hostKey, webLink, sipAddress
// (a video system's call-in address, hidden by Webex's own admin read).
const SECRET_KEY_NAME = /pas[sc]|word|pwd|secret|token|key|zak|^tk$|url|link|sip/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY_NAME.test(key);
}

/** Whether `message` holds a run of `n` or more characters of `secret` (a second belt: quoted excerpts). */
export function sharesRun(message: string, secret: string, n = 5): boolean {
  if (secret.length < n || message.length < n) return false;
  for (let i = 0; i + n <= message.length; i++) {
    if (secret.includes(message.slice(i, i + n))) return true;
  }
  return false;
}

/**
 * Secrets shorter than this are not searched for. No platform issues one (client
 * secrets and tokens run to dozens of characters), and hunting a one-letter value
 * garbled every message around it ("Micro[redacted]oft Graph" for a test secret "s").
 */
const SHORTEST_SECRET = 3;

/** Replaces every occurrence of each secret, longest first, so no part of a longer one survives a shorter one inside it. */
export function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  // Nearly every text holds none: it is returned as it is, with no copy made (every check's message comes here).
  if (!secrets.some((secret) => secret.length >= SHORTEST_SECRET && message.includes(secret))) return out;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= SHORTEST_SECRET) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/**
 * The URL parameters that carry a credential: pwd= (the embedded passcode), tk= (a
 * registrant's or authentication-exception token), zak= (a host key), token=;
 * Teams' p= (a short link's passcode) and Webex's MTID= (the meeting's join token).
 * One list for every place that looks for them (redactUrlSecrets here, and
 * load/secret-ranges for the parser's messages), matched without regard to case.
 */
export const CREDENTIAL_PARAMETERS = ['pwd', 'tk', 'zak', 'token', 'p', 'MTID'] as const;

// The names are plain letters: joined, they need no escaping in a regular expression.
const NAMES = `(?:${CREDENTIAL_PARAMETERS.join('|')})`;
/**
 * A link as written: `?pwd=` or `&pwd=`, its value up to the next `&`, `#` or
 * white space. Or a link quoted inside another one, or in a server's message
 * (`...JoinWebUrl eq 'https%3A%2F%2F...%26p%3D...'`): the `?`/`&` or the `=`
 * percent-encoded once (%3F %26 %3D) or twice (%253F %2526 %253D); its value
 * then also ends at a quote or at an encoded `&`, `#` or quote. One quantifier
 * per value, over one character or a `%` not starting an end: no quantifier
 * inside another, so the time is linear in the length of the text.
 */
const URL_CREDENTIAL = new RegExp(
  `([?&]${NAMES}=)[^&#\\s]*` +
    `|((?:[?&]|%(?:25)?(?:3F|26))${NAMES}(?:=|%(?:25)?3D))(?:[^&#\\s"'%]|%(?!(?:25)?(?:26|23|22|27)))*`,
  'gi',
);

/** Blanks the values of the credential parameters. The parameter stays, so a rule reading the text still sees it was there. */
export function redactUrlSecrets(text: string): string {
  // Every form has an = or a % in it; a text with neither (nearly every message) needs no search.
  if (!text.includes('=') && !text.includes('%')) return text;
  return text.replace(URL_CREDENTIAL, (_, plain: string | undefined, encoded: string | undefined) => `${plain ?? encoded}removed`);
}
