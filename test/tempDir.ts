import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/** Folders made outside a test (module level, beforeAll): removed after the file's last test (test/setup.ts). */
const fileLevel = new Set<string>();

/**
 * A fresh folder under the temp folder, removed when the current test ends; made outside a test (at module level
 * or in beforeAll, for a process or database that several tests share), removed when the test file ends.
 * Every test that writes files uses this, so a run leaves nothing in TMPDIR.
 */
export function tempDir(prefix = "careerbot-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // onTestFinished throws outside a running test: the folder lives until the file ends.
    fileLevel.add(dir);
  }
  return dir;
}

/** A database path in a fresh folder (see tempDir for when the folder goes). */
export function tempDatabase(name = "careerbot.db"): string {
  return join(tempDir("careerbot-db-"), name);
}

/** Removes the folders made outside a test; test/setup.ts runs it after each file. */
export function removeFileLevelTempDirs(): void {
  for (const dir of fileLevel) remove(dir);
  fileLevel.clear();
}

function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
