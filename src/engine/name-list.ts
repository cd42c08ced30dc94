// "a, b, c and 2,997 others": the other targets that share something with this
// one, named up to a few. Only the first few owners of a key are ever needed, so
// a run keeps no more than those and a count (see src/engine/run-groups.ts).

/** How many others a message names. */
export const NAMED = 3;

/**
 * The others as one line of text; '' when there are none. `firstOwners`: the
 * key's first owners by index, ascending (NAMED + 1 of them are enough, since
 * `self` may be among them); `others`: how many owners there are besides `self`.
 */
export function othersText(firstOwners: ArrayLike<number>, others: number, self: number, nameOf: (index: number) => string): string {
  if (others <= 0) return '';
  const names: string[] = [];
  for (let i = 0; i < firstOwners.length && names.length < NAMED; i++) {
    if (firstOwners[i] !== self) names.push(nameOf(firstOwners[i]!));
  }
  const rest = others - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest.toLocaleString('en-US')} other${rest === 1 ? '' : 's'}` : names.join(', ');
}

const NAMED_PEOPLE = 5;
const LONGEST_NAME = 100;

/** A name of at most LONGEST_NAME characters, cut between code points (never inside a surrogate pair). */
function cutShort(name: string): string {
  if (name.length <= LONGEST_NAME) return name;
  return `${Array.from(name.slice(0, LONGEST_NAME)).slice(0, LONGEST_NAME - 1).join('').replace(/[\ud800-\udbff]$/, '')}…`;
}

/**
 * "A", "A and B", "A, B and C", "A, B, C, D, E and 3 others": names from the
 * input, a few of them, each cut short, so one message stays one readable line
 * however long the list is.
 */
export function peopleText(names: readonly string[]): string {
  const shown = names.slice(0, NAMED_PEOPLE).map(cutShort);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest.toLocaleString('en-US')} other${rest === 1 ? '' : 's'}`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
