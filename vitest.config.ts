import { defineConfig } from 'vitest/config';

// Four projects, run in this order by `npm test`:
//  unit  — pure functions and the data pipeline on fixtures (no build needed)
//  build — reads the built site in dist/ (run after `npm run build`)
//  e2e   — real Chromium (playwright-core + system chromium) against dist/ served locally
//  lighthouse — Lighthouse scores on five key pages (npm run check:lighthouse, the last step of npm test)
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/e2e/**', 'tests/lighthouse/**'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Two files at a time: the injection corpus builds a copy of the site (one core) while
          // another file drives Chromium. Timeouts leave room for the two sharing a 2-core machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      { test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 120_000 } },
    ],
  },
});
