// A batch of thousands of files makes much short-lived garbage (each file's
// parse: about 0.8 MB of allocation per file, nearly all of it dead by the next
// file) and keeps little (a few hundred bytes per target). Left to its
// defaults, V8 lets the young generation grow to 16 MiB per semi-space, and the
// old one to a few times what is live before it collects: a 20,000-file batch
// peaked near 150 MiB with under 25 MiB live. Flags set at run time (V8 reads
// them whenever it resizes or collects; --max-semi-space-size, read once at
// start-up, cannot be) keep it small and cheap:
// - --semi-space-growth-factor=1 holds the young generation at its size; a
//   batch lets it grow to YOUNG_LIMIT first. A young collection costs about the
//   same whatever its size (little survives), so a smaller one costs time:
//   halving it for 100,000 files doubled the collections, 15 % of the run;
// - --heap-growing-percent=20 lets the old generation grow by 20 % of what is
//   live after each full collection, instead of up to 4×;
// - --no-parallel-scavenge: with so little surviving, handing a young
//   collection to helper threads costs more than it saves (0.22 ms a
//   collection instead of 0.33 on two cores).
// All are set before the paths are expanded (a folder of 100,000 files makes
// 100,000 names that live: the old generation's first limit is set then), and
// put back for a run that turns out small. A check of one named file never comes here.
type V8 = typeof import('node:v8');

/** From this many targets a run is a batch. */
export const BATCH_TARGETS = 500;
/** new_space's size (both semi-spaces) at which a batch stops the young generation's growth. */
const YOUNG_LIMIT = 8 * 1024 * 1024;
/** How often (in targets) the young generation's size is looked at. */
const EVERY = 16;

export interface HeapTuning {
  /** The run is a batch: let the young generation grow to YOUNG_LIMIT, then hold it; call the result for each target. */
  batch(): () => void;
  /** The run is small: V8's defaults again. */
  release(): void;
}

/** For a run that may be a batch (a folder, a glob, many paths), before the paths are expanded. */
export function holdHeap(): HeapTuning {
  const v8: V8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
  v8.setFlagsFromString('--no-parallel-scavenge');
  const youngSize = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? YOUNG_LIMIT;
  return {
    release() {
      v8.setFlagsFromString('--semi-space-growth-factor=2');
      v8.setFlagsFromString('--heap-growing-percent=0');
      v8.setFlagsFromString('--parallel-scavenge');
    },
    batch() {
      if (youngSize() >= YOUNG_LIMIT) return () => {};
      v8.setFlagsFromString('--semi-space-growth-factor=2');
      let count = 0;
      let held = false;
      return () => {
        if (held || ++count % EVERY !== 0 || youngSize() < YOUNG_LIMIT) return;
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        held = true;
      };
    },
  };
}
