// Failures of the HTTP core that are not an answer from the server. Messages name
// the server by its origin without user information, never a credential.

export type HttpFailureKind = 'timeout' | 'too-large' | 'network' | 'closed';

export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
    /** How many times the request was sent. */
    readonly tries: number = 1,
  ) {
    super(message);
  }
}

/** A paginated list that would not end: a repeated page token or too many pages. */
export class PaginationError extends Error {
  override name = 'PaginationError';
}
