// A run-wide key for a value the run must compare across targets but never hold
// or print as it is (a passcode, a meeting's id or link, which may carry a
// credential): 128 bits of its SHA-256, in base64. No two values of a run collide,
// and a batch keeps a third of what hex of the whole digest would take.
// node:crypto is fetched on first use: loading it costs every run a few milliseconds.

/** The key of a text; undefined for none or an empty one (the target then takes no part). */
export const digestKey = (text: string | null | undefined): string | undefined =>
  text ? process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest().subarray(0, 16).toString('base64') : undefined;
