import { openStore, type Store } from "../../src/store";
import { freshPostgresDatabase } from "../pg";
import { tempDatabase } from "../weekly/helpers";

/** Both stores a deployment may use: a SQLite file, and a fresh database on the run's real PostgreSQL. */
export const BACKENDS: [string, () => Promise<Store>][] = [
  ["sqlite", () => openStore({ DATABASE_PATH: tempDatabase() })],
  [
    "postgres",
    async () => openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: await freshPostgresDatabase("privacy") }),
  ],
];

/** Every table of the store's schema. */
async function tables(store: Store): Promise<string[]> {
  const rows =
    store.sql.dialect === "postgres"
      ? await store.sql.all<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
        )
      : await store.sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
  return rows.map((r) => r.name).sort();
}

/**
 * Every row, in any table, whose text contains one of `needles` (a user id, a fact they gave): "table: row" lines,
 * so a failure shows what was left behind.
 */
export async function rowsContaining(store: Store, ...needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tables(store)) {
    for (const row of await store.sql.all<Record<string, unknown>>(`SELECT * FROM ${table}`)) {
      const text = JSON.stringify(row);
      if (needles.some((n) => text.includes(n))) found.push(`${table}: ${text}`);
    }
  }
  return found;
}

/** How many rows a table holds. */
export async function count(store: Store, table: string): Promise<number> {
  return (await store.sql.get<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`))?.n ?? 0;
}
