import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database";
import { until } from "../helpers";
import { tempDatabase } from "./helpers";

describe("the weekly store under a crash", () => {
  it("a kill during writes leaves the database readable with every committed subscription", async () => {
    const path = tempDatabase();
    openDatabase(path).close();
    const script = `
      const Database = require("better-sqlite3");
      const db = new Database(process.argv[1]);
      db.pragma("journal_mode = WAL"); db.pragma("synchronous = FULL");
      const insert = db.prepare("INSERT INTO subscriptions (platform, channel_id, created_at) VALUES ('slack', ?, ?)");
      for (let i = 0; ; i++) { insert.run("C" + i, new Date().toISOString()); process.stdout.write(i + "\\n"); }`;
    const child = spawn(process.execPath, ["-e", script, path], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let lastCommitted = -1;
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = chunk.toString().trim().split("\n");
      lastCommitted = Math.max(lastCommitted, Number(lines.at(-1)));
    });
    // Polled rather than a fixed wait: on a loaded machine the child may take a while to start writing.
    await until(() => lastCommitted > 50, 20_000);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(lastCommitted).toBeGreaterThan(10);
    const db = openDatabase(path);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const count = (db.prepare("SELECT COUNT(*) AS n FROM subscriptions").get() as { n: number }).n;
    expect(count).toBeGreaterThanOrEqual(lastCommitted + 1);
  });
});
