// Limits on what a meeting file may be, shared by the loader and the command line.

/** Files above this size are refused unread (1 MiB: a meeting file is a few kilobytes); --max-file-size changes it. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
