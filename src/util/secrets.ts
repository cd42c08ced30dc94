// Secrets must never reach any output. Messages we build never quote values,
// but text from third parties (the YAML parser, the Zoom API) could; every such
// text passes through redact() with the secret values found in the input.

const SECRET_KEYS = /(?:^|[\s{,"'])(password|encrypted_password|h323_password|pstn_password|passcode|start_url|access_token|client_secret)["']?\s*:\s*(.+)$/gim;

/** Values written after secret-looking keys in raw YAML or JSON text. */
export function secretValuesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SECRET_KEYS)) {
    const raw = match[2]!.trim().replace(/[,}\]]+$/, '').trim();
    const unquoted = raw.replace(/^["']|["']$/g, '');
    if (unquoted.length >= 3) found.add(unquoted);
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

/** Removes the pwd= (embedded passcode) parameter and any token from a URL before it is shown. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:pwd|zak|tk|token)=)[^&#]*/gi, '$1[redacted]');
}
