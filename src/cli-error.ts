// An error the user can fix (bad option, bad path, bad policy file): printed
// as one line on standard error, exit code 2, never a stack trace.
export class UsageError extends Error {
  override name = 'UsageError';
}
