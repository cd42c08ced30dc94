// Secrets must never reach any output. Messages we build never quote values,
// but text from third parties (the YAML parser, the Zoom API) could; every such
// text passes through redact() with the secret values found in the input.

const SECRET_KEYS = /(?:^|[\s{,"'])(password|encrypted_password|h323_password|pstn_password|default_password_for_scheduled_meetings|pmi_password|passcode|start_url|access_token|client_secret)["']?\s*:\s*(.+)$/gim;

/** Values written after secret-looking keys in raw YAML or JSON text. */
export function secretValuesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SECRET_KEYS)) {
    const raw = match[2]!.trim().replace(/[,}\]]+$/, '').trim();
    const unquoted = raw.replace(/^["']|["']$/g, '');
    if (unquoted.length >= 3) found.add(unquoted);
    // An alias (*name) is quoted by the parser without its star when it cannot be resolved.
    const alias = /^\*(\S{3,})$/.exec(unquoted)?.[1];
    if (alias !== undefined) found.add(alias);
  }
  return [...found];
}

export function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/**
 * Blanks the values of URL parameters that carry a credential: pwd= (the embedded
 * passcode), tk= (a registrant's or authentication-exception token), zak= (a host
 * key). The parameter stays, so a rule reading the text still sees it was there.
 */
export function redactUrlSecrets(text: string): string {
  return text.replace(/([?&](?:pwd|tk|zak|token)=)[^&#\s]*/gi, '$1removed');
}
