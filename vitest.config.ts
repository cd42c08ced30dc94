import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; the default 5 s is tight on a loaded 2-core machine.
    testTimeout: 20_000,
    // Most of the time in the Zoom end-to-end files is waiting (rate limits, time-outs,
    // retries), not computing: four files at a time on two cores take a third of the
    // wall time of one worker, and CI must stay well under three minutes.
    maxWorkers: 4,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
