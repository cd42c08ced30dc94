// Graph's way of leaving a fact out, read without loading the Teams schema (src/model/teams-schema.ts).

/**
 * Whether Graph gave a value: not left out, not null (not set), and not
 * `unknownFutureValue` (a member this reader was not sent). Anything else is unknown.
 */
export function isGiven<T>(value: T | null | undefined): value is Exclude<T, 'unknownFutureValue'> {
  return value !== undefined && value !== null && value !== 'unknownFutureValue';
}
