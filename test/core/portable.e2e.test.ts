import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../tempDir";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SKIP = new Set(["node_modules", ".git", "dist", "coverage"]);

/** A copy of the project in a folder whose path has spaces, sharing this checkout's node_modules. */
const temp = tempDir("careerbot portable ");
const clone = join(temp, "my projects", "career bot");
cpSync(ROOT, clone, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split(/[\\/]/)[0] ?? "") });
symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");

function careerbot(args: string[]) {
  return run(process.execPath, [join(clone, "bin", "careerbot.js"), ...args], {
    cwd: clone,
    env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: "", DATABASE_PATH: join(temp, "test.db") },
  });
}

describe("a clone in a folder whose path has spaces", () => {
  it("finds its data folder and answers", async () => {
    expect(clone).toContain(" ");
    const { stdout } = await careerbot(["ask", "--json", "lead ml architect salary"]);
    const json = JSON.parse(stdout);
    expect(json.intent).toBe("salary");
    expect(json.text).toContain("$188,940");
  });

  it("validates its own data with no folder given", async () => {
    const { stdout } = await careerbot(["validate-data"]);
    expect(stdout).toMatch(/ok \(5 roles/);
  });
});

describe("the repository carries what it needs", () => {
  it("holds the source document and the development question set", () => {
    expect(statSync(join(ROOT, "data/sources/aipathly-lead-ml-architect.txt")).size).toBeGreaterThan(1000);
    expect(statSync(join(ROOT, "test/fixtures/dev.jsonl")).size).toBeGreaterThan(100);
  });

  it("no file points outside the project at a sibling shared folder", () => {
    const outside = ["..", "shared"].join("/");
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (SKIP.has(entry.name) || entry.name === "fixtures" || entry.name === "sources") continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.(ts|mjs|js|json|md|yaml|yml|example)$|^Dockerfile$/.test(entry.name)) {
          if (readFileSync(path, "utf8").includes(outside)) offenders.push(relative(ROOT, path));
        }
      }
    };
    visit(ROOT);
    expect(offenders).toEqual([]);
  });
});
