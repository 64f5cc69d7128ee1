import { defineConfig } from 'vitest/config';

// The Firefox smoke test drives the built Firefox extension
// (.output/firefox-mv3) in stock firefox-esr over WebDriver BiDi.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e-firefox/**/*.test.ts'],
    // The unit config's include pattern reaches tests/e2e-firefox too; the
    // tests there run only when this variable says they were meant to.
    env: { KLARTEXT_FIREFOX_E2E: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
