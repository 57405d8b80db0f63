import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// The README's `npm run try:slack`, run as a newcomer would (a child process: an e2e file, not a unit one).
describe("npm run try:slack", () => {
  it("answers a /career through the bot in Slack HTTP mode against the local fake", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/try-slack.ts")],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: "info" },
      },
    );
    expect(stdout).toContain("/career what does a lead ml architect earn?");
    expect(stdout).toContain("Salary: Lead Machine Learning Architect");
    expect(stdout).toContain("$188,940 - $233,000 a year (US market, 2024)");
    expect(stdout).toContain('GET /readyz: 200 {"status":"ready","checks":{"database":"ok","slack":"ok"}}');
  }, 90_000);
});
