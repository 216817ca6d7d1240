import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // The scripts' tests run node child processes; on 2 cores beside the site's build
          // one took longer than vitest's 5 s default. A guard against a hang, not a speed test,
          // and one a spawnSync cannot trip anyway (the worker waits for the child): as the site
          // tests', 120 s. Tests that run node three to six times (import's and import-people's,
          // the bundler's memory) took 1–2.5 s in a fresh-clone CI run and 31–38 s beside five
          // other builds and browsers on the same 2 cores, and failed there on time alone.
          testTimeout: 120_000,
          // Hooks too: check.test.ts deletes some fifty copies of the demo content after its tests,
          // which took over vitest's 10 s default with the machine loaded.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/build-test-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
