import { execFile } from "node:child_process";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store";
import { MIGRATIONS, migrationSql } from "../../src/store/database";
import { tempDir } from "../tempDir";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
const run = promisify(execFile);
const freshDir = () => tempDir("careerbot-backup-");

async function careerbot(args: string[], env: Record<string, string>) {
  const result = await run(process.execPath, [BIN, ...args], {
    env: { ...process.env, LOG_LEVEL: "info", LOG_FORMAT: "json", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", ...env },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  return { code: "code" in result ? result.code : 0, stdout: result.stdout, stderr: result.stderr };
}

const ROWS = 500;

describe("careerbot backup", () => {
  it("copies a live WAL database with every row, while the bot's connection still holds them in the WAL", async () => {
    const dir = freshDir();
    const path = join(dir, "careerbot.db");
    const store = await openStore({ DATABASE_PATH: path });
    try {
      // As a running bot: rows committed to the WAL and not yet checkpointed into the main file.
      await store.sql.run("PRAGMA wal_autocheckpoint = 0");
      for (let i = 0; i < ROWS; i++) await store.subscriptions.add("slack", `C${i}`, "test");
      // What a plain cp gives: the main file alone has none of them.
      copyFileSync(path, join(dir, "cp.db"));
      const copied = new Database(join(dir, "cp.db"), { readonly: true });
      const tables = copied.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'subscriptions'").get();
      copied.close();
      expect(tables).toEqual({ n: 0 });

      const out = join(dir, "backup.db");
      const result = await careerbot(["backup", out], { DATABASE_PATH: path });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(`^${path} \\(schema v${MIGRATIONS.length}, \\d+ pages\\) backed up to ${out}\\n$`),
      );

      // Restore as the docs say: the backup becomes DATABASE_PATH of a stopped bot.
      const restored = join(freshDir(), "careerbot.db");
      copyFileSync(out, restored);
      const list = await careerbot(["subscriptions", "list", "slack"], { DATABASE_PATH: restored });
      expect(list.stdout.trim().split("\n")).toHaveLength(ROWS);
      expect(list.stdout).toContain("slack\tC499\t");

      const again = await careerbot(["backup", out], { DATABASE_PATH: path });
      expect(again.code).toBe(2);
      expect(again.stderr.trim()).toBe(`careerbot: backup: ${out} exists already: pick a new file name`);
    } finally {
      await store.close();
    }
  });

  it("says to use pg_dump when the store is PostgreSQL", async () => {
    const result = await careerbot(["backup", join(freshDir(), "x.db")], {
      DATABASE_URL: "postgres://careerbot@127.0.0.1:1/careerbot",
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'careerbot: backup: DATABASE_URL is set: back PostgreSQL up with pg_dump, e.g. pg_dump --format=custom --file careerbot.dump "$DATABASE_URL"',
    );
  });
});

/** A database as an older careerbot left it: every migration but the last, and a subscription. */
function olderDatabase(path: string): void {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  MIGRATIONS.slice(0, -1).forEach((migration, i) => {
    db.exec(migrationSql(migration, "sqlite"));
    db.pragma(`user_version = ${i + 1}`);
  });
  db.prepare("INSERT INTO subscriptions (platform, channel_id, created_at, created_by) VALUES (?, ?, ?, ?)").run(
    "slack",
    "COLD",
    "2026-01-01T00:00:00.000Z",
    "test",
  );
  db.close();
}

describe("automatic backup before a migration", () => {
  it("copies the database before migrating it, logs where, and keeps the newest BACKUPS_KEPT copies", async () => {
    const dir = freshDir();
    const path = join(dir, "careerbot.db");
    olderDatabase(path);
    const old = MIGRATIONS.length - 1;
    // Two copies from earlier upgrades, older than today's.
    writeFileSync(join(dir, `careerbot.db.v${old - 1}-2025-01-01T00-00-00Z.bak`), "");
    writeFileSync(join(dir, `careerbot.db.v${old - 1}-2025-06-01T00-00-00Z.bak`), "");

    const result = await careerbot(["subscriptions", "list"], { DATABASE_PATH: path, BACKUPS_KEPT: "2" });
    expect(result.code).toBe(0);
    const line = result.stderr
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "database backed up before migrating its schema");
    expect(line).toMatchObject({ fromVersion: old, toVersion: MIGRATIONS.length });
    expect(line.backup).toMatch(
      new RegExp(`^${dir}/careerbot\\.db\\.v${old}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.bak$`),
    );
    expect(line.deleted).toEqual([join(dir, `careerbot.db.v${old - 1}-2025-01-01T00-00-00Z.bak`)]);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".bak"))
        .sort(),
    ).toEqual([`careerbot.db.v${old - 1}-2025-06-01T00-00-00Z.bak`, line.backup.slice(dir.length + 1)].sort());
    const backup = new Database(line.backup, { readonly: true });
    expect(backup.pragma("user_version", { simple: true })).toBe(old);
    expect(backup.prepare("SELECT channel_id FROM subscriptions").all()).toEqual([{ channel_id: "COLD" }]);
    backup.close();

    // Up to date now: the next start copies nothing.
    const next = await careerbot(["subscriptions", "list"], { DATABASE_PATH: path, BACKUPS_KEPT: "2" });
    expect(next.stdout).toContain("slack\tCOLD\t");
    expect(next.stderr).not.toContain("backed up");
    expect(readdirSync(dir).filter((f) => f.endsWith(".bak"))).toHaveLength(2);
  });

  it("takes none for a new database or with BACKUPS_KEPT=0", async () => {
    const dir = freshDir();
    await careerbot(["subscriptions", "list"], { DATABASE_PATH: join(dir, "new.db") });
    olderDatabase(join(dir, "old.db"));
    const result = await careerbot(["subscriptions", "list"], {
      DATABASE_PATH: join(dir, "old.db"),
      BACKUPS_KEPT: "0",
    });
    expect(result.stdout).toContain("slack\tCOLD\t");
    expect(readdirSync(dir).filter((f) => f.endsWith(".bak"))).toEqual([]);
  });
});
