// An OAuth access token shared by every request of one client: fetched on first use,
// renewed a little before it lapses or when the server refuses it, and never fetched
// twice at once (concurrent callers wait for the same token request).

export interface Token {
  value: string;
  /** When to stop using it (ms since the epoch), already a little before it lapses. */
  expiresAt: number;
}

/** A token that lapses `lifetimeSeconds` from now, renewed a minute early (or at 90 % of a short lifetime). */
export function tokenFor(value: string, lifetimeSeconds: number): Token {
  const margin = Math.min(60, lifetimeSeconds * 0.1) * 1000;
  return { value, expiresAt: Date.now() + lifetimeSeconds * 1000 - margin };
}

export class SharedToken {
  private token?: Token;
  private pending?: Promise<Token>;

  constructor(private readonly request: () => Promise<Token>) {}

  /** The token in use, if any (for scrubbing it from messages). */
  get current(): string | undefined {
    return this.token?.value;
  }

  /** A valid token; concurrent callers share one token request. */
  async get(): Promise<Token> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token;
    this.pending ??= this.request()
      .then((token) => (this.token = token))
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** The server refused `value`: forget it, unless another request already replaced it. */
  refused(value: string): void {
    if (this.token?.value === value) this.token = undefined;
  }
}
