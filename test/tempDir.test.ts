import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./tempDir";

describe("tempDir", () => {
  let made = "";

  it("makes a fresh, empty folder under the temp folder", () => {
    made = tempDir("careerbot-tempdir-");
    writeFileSync(join(made, "file.txt"), "x");
    expect(existsSync(join(made, "file.txt"))).toBe(true);
  });

  it("removed the previous test's folder, with its files, when that test ended", () => {
    expect(made).not.toBe("");
    expect(existsSync(made)).toBe(false);
  });
});
