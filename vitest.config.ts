import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two files at a time on CI's two cores: most tests wait on servers, PostgreSQL and timers, so a
    // second file halves the wall time; tests assert counts, never times, so the extra load is fair.
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/setup/global-setup.ts'],
  },
});
