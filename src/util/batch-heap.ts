// A batch of thousands of files makes much short-lived garbage (each file's
// parse) and keeps little (a few hundred bytes per target). Left to its
// defaults, V8 lets the young generation grow to 16 MiB per semi-space, and the
// old one to a few times what is live before it collects: a 20,000-file batch
// peaked near 150 MiB with under 25 MiB live. Two flags, set at run time (V8
// reads them whenever it resizes; --max-semi-space-size, read once at start-up,
// cannot be), keep it small:
// - --semi-space-growth-factor=1 holds the young generation at its size; a
//   batch lets it grow to YOUNG_LIMIT first (a smaller one costs time: every
//   scavenge promotes more, measured +12 % CPU at 2 MiB semi-spaces);
// - --heap-growing-percent=20 lets the old generation grow by 20 % of what is
//   live after each full collection, instead of up to 4×.
// Both are set before the paths are expanded (a folder of 100,000 files makes
// 100,000 names that live: the old generation's first limit is set then), and
// put back for a run that turns out small. A check of one named file never comes here.
type V8 = typeof import('node:v8');

/** From this many targets a run is a batch. */
export const BATCH_TARGETS = 500;
/** new_space's size (both semi-spaces) at which a batch stops the young generation's growth. */
const YOUNG_LIMIT = 8 * 1024 * 1024;
/** From this many targets what the run keeps (a few hundred bytes each) adds up: the young generation stays at half. */
const LARGE_BATCH = 50_000;
/** How often (in targets) the young generation's size is looked at. */
const EVERY = 16;

export interface HeapTuning {
  /** The run is a batch: let the young generation grow to YOUNG_LIMIT (half that for a large one), then hold it; call the result for each target. */
  batch(targets: number): () => void;
  /** The run is small: V8's defaults again. */
  release(): void;
}

/** For a run that may be a batch (a folder, a glob, many paths), before the paths are expanded. */
export function holdHeap(): HeapTuning {
  const v8: V8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
  const youngSize = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? YOUNG_LIMIT;
  return {
    release() {
      v8.setFlagsFromString('--semi-space-growth-factor=2');
      v8.setFlagsFromString('--heap-growing-percent=0');
    },
    batch(targets) {
      const limit = targets >= LARGE_BATCH ? YOUNG_LIMIT / 2 : YOUNG_LIMIT;
      if (youngSize() >= limit) return () => {};
      v8.setFlagsFromString('--semi-space-growth-factor=2');
      let count = 0;
      let held = false;
      return () => {
        if (held || ++count % EVERY !== 0 || youngSize() < limit) return;
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        held = true;
      };
    },
  };
}
