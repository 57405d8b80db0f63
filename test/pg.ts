import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/**
 * A fresh, empty database on the run's PostgreSQL (started by test/setup/postgres.global.ts); returns its URL.
 * Each test file (or test) makes its own, so files running in parallel never see each other's rows.
 */
export async function freshPostgresDatabase(prefix = "t"): Promise<string> {
  const admin = inject("postgresUrl");
  if (!admin)
    throw new Error("this test needs the run's PostgreSQL: name its file *.e2e.test.ts (unit tests start none)");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
