import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";

const folder = mkdtempSync(join(tmpdir(), "careerbot-dotenv-"));
const saved = { ...process.env };
afterEach(() => {
  for (const key of ["CONVERSATION_TTL", "SHUTDOWN_TIMEOUT_MS"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the .env file (dotenv loads only when there is one)", () => {
  it("is read when present, without overriding the real environment", () => {
    const file = join(folder, "test.env");
    writeFileSync(file, "CONVERSATION_TTL=45m\nSHUTDOWN_TIMEOUT_MS=1234\n");
    delete process.env.CONVERSATION_TTL;
    process.env.SHUTDOWN_TIMEOUT_MS = "2000";
    const config = loadConfig(process.env, file);
    expect(config.CONVERSATION_TTL).toBe(45 * 60_000);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(2000);
  });

  it("is not needed: a missing file leaves the defaults", () => {
    delete process.env.CONVERSATION_TTL;
    expect(loadConfig(process.env, join(folder, "missing.env")).CONVERSATION_TTL).toBe(30 * 60_000);
  });
});
