// "a, b, c and 2,997 others": the other targets that share something with this
// one, named up to a few. Linear in the few it names, so a run where thousands of
// targets share one id stays linear overall.

const NAMED = 3;

/** Binary search: `owners` is ascending, and a linear includes() per target would make a run quadratic. */
function holds(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** The targets in `owners` (indexes, ascending) other than `self`, as one line of text; '' when there are none. */
export function othersText(owners: readonly number[], self: number, nameOf: (index: number) => string): string {
  const count = owners.length - (holds(owners, self) ? 1 : 0);
  if (count <= 0) return '';
  const names: string[] = [];
  for (const index of owners) {
    if (index === self) continue;
    names.push(nameOf(index));
    if (names.length === NAMED) break;
  }
  const rest = count - names.length;
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
