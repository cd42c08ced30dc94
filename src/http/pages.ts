// A guard for token-paginated lists: stops on a page token seen before and at a
// page cap, so a broken or hostile server cannot keep a run (and the account's
// quota) busy forever.
import { PaginationError } from './errors';

export const DEFAULT_MAX_PAGES = 1000;

export class PageGuard {
  private readonly seen = new Set<string>();
  private pages = 0;

  constructor(
    /** What is being listed, for the error: e.g. `/users/me/meetings`. */
    private readonly what: string,
    private readonly maxPages = DEFAULT_MAX_PAGES,
  ) {}

  /** Call once per page received, with that page's next-page token; true when another page should be fetched. */
  next(token: string | undefined): boolean {
    this.pages++;
    if (token === undefined || token === '') return false;
    if (this.seen.has(token)) {
      throw new PaginationError(`the list ${this.what} repeated a page token after ${this.pages} pages; stopped (the server's pagination is broken)`);
    }
    if (this.pages >= this.maxPages) {
      throw new PaginationError(`the list ${this.what} has more than ${this.maxPages.toLocaleString('en')} pages; stopped at the page cap`);
    }
    this.seen.add(token);
    return true;
  }
}
