// URLs and credentials as they may appear in messages: never with user information,
// never a credential in any of the forms a server could echo back.
import { redact } from '../util/secrets';

/** The URL without `user:password@`, for messages. Unparseable text comes back without anything before an `@`. */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, '//');
  }
}

/** The origin (scheme, host, port) of a URL: what a network error names. */
export function displayOrigin(url: string | URL): string {
  try {
    return new URL(String(url)).origin;
  } catch {
    return displayUrl(url);
  }
}

/** Userinfo parts of URLs (decoded and as written): to redact wherever they might be echoed. */
export function userinfoOf(...urls: (string | URL | undefined)[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    if (url === undefined) continue;
    try {
      const u = new URL(String(url));
      for (const part of [u.username, u.password]) {
        if (part.length > 0) out.push(part, decodeURIComponent(part));
      }
    } catch {
      // not a URL: nothing to take
    }
  }
  return out;
}

/**
 * Every form in which a client id and secret sent as HTTP Basic credentials could
 * come back in a server's text: the secret, `id:secret`, and its base64 (plain and URL-safe).
 */
export function basicCredentialForms(id: string, secret: string): string[] {
  const pair = `${id}:${secret}`;
  const b64 = Buffer.from(pair).toString('base64');
  return [pair, b64, b64.replace(/=+$/, ''), Buffer.from(pair).toString('base64url'), secret];
}

/** `redact`, and a Basic or Bearer credential echoed in any other form (a word with a digit or +/=, not "Basic authentication"). */
export function scrub(text: string, secrets: readonly string[]): string {
  return redact(text, secrets).replace(/\b(Basic|Bearer)\s+(?=[A-Za-z._~-]*[0-9+/=])[A-Za-z0-9+/=._~-]{8,}/gi, '$1 [redacted]');
}
