import { defineConfig } from 'vitest/config';

// Benchmarks only: `npx vitest run --config vitest.bench.config.ts`. Kept out of
// vitest.config.ts (which includes tests/**) so `npm test` never pays for them.
export default defineConfig({
  test: {
    globals: true,
    include: ['scripts/bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 600_000,
    // One file at a time: parallel files would skew each other's timings.
    fileParallelism: false,
  },
});
