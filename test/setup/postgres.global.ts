import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embeddedPostgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The test server's maintenance database; each test file creates its own database from it (test/pg.ts). */
    postgresUrl: string;
  }
}

/** One real PostgreSQL for the whole run, started before the first test file and stopped after the last. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const server = await startEmbeddedPostgres();
  console.log(`embedded PostgreSQL on 127.0.0.1 started in ${Date.now() - started} ms`);
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
