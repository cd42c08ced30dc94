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
