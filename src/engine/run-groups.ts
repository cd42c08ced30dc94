// The keys rules compare a run's targets by (meeting ids, passcode digests), as
// the run is read. For each key: how many targets own it and the first few of
// them (all a message ever names), in typed arrays: a few bytes per target, and
// no meeting is kept. A key is a slot number, so a check waiting on the run
// holds two small integers, not the key.
import { NAMED, othersText } from './name-list';

/** The first owners a slot keeps: NAMED others, and the target itself may be one of them. */
const KEPT = NAMED + 1;

export class RunGroups {
  /** Per group (rule, platform and name), its keys' slots. */
  private readonly groups = new Map<string, Map<string, number>>();
  /** Each slot's key (the same string as the map's: no copy). */
  private readonly keys: string[] = [];
  private counts = new Int32Array(256);
  private owners = new Int32Array(256 * KEPT);
  private slots = 0;

  /** The slot of a key of a group (a new, empty one when the key is new). */
  private slotOf(group: string, key: string): number {
    let keys = this.groups.get(group);
    if (!keys) this.groups.set(group, (keys = new Map()));
    let slot = keys.get(key);
    if (slot === undefined) {
      slot = this.slots++;
      keys.set(key, slot);
      this.keys.push(key);
      if (slot === this.counts.length) {
        this.counts = grow(this.counts);
        this.owners = grow(this.owners);
      }
    }
    return slot;
  }

  /** Records a target (indexes ascending, each once per group) as an owner of a key; its slot. */
  add(group: string, key: string, target: number): number {
    const slot = this.slotOf(group, key);
    const count = this.counts[slot]!;
    if (count < KEPT) this.owners[slot * KEPT + count] = target;
    this.counts[slot] = count + 1;
    return slot;
  }

  keyOf(slot: number): string {
    return this.keys[slot]!;
  }

  /** The owners of a slot other than `self` (one of them: a target asks only of its own key), as message text; '' when there are none. */
  othersOf(slot: number, self: number, nameOf: (index: number) => string): string {
    const count = this.counts[slot]!;
    const first = this.owners.subarray(slot * KEPT, slot * KEPT + Math.min(count, KEPT));
    return othersText(first, count - 1, self, nameOf);
  }
}

function grow<T extends Int32Array>(array: T): T {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger as T;
}
