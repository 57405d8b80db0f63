import { execFile } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, loadCareerData } from "../../src/data/load";
import { tempDir } from "../tempDir";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
const run = promisify(execFile);

/** A copy of the project's data, edited as an operator would edit a role. */
function editedData(edit: (role: Record<string, unknown>) => void, file = "roles/lead-ml-architect.json"): string {
  const dir = tempDir("careerbot-datacheck-");
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

async function validateData(dir: string) {
  const result = await run(process.execPath, [BIN, "validate-data", dir], {
    env: { ...process.env, LOG_LEVEL: "silent" },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  return { code: "code" in result ? result.code : 0, stdout: result.stdout, stderr: result.stderr };
}

type Figures = { salary: { figures: Record<string, unknown>[] } };

describe("validate-data keeps the promise: strict schemas, every figure in a source text", () => {
  it("names the sources in data/sources.json and credits them in answers", () => {
    const sources = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, "sources.json"), "utf8"));
    expect(sources).toEqual([{ file: "sources/aipathly-lead-ml-architect.txt", title: "AiPathly careers guide" }]);
    expect(loadCareerData().sourceName).toBe("AiPathly careers guide");
  });

  it("rejects an unknown key (a typo such as low for min), naming the file and the field", async () => {
    const dir = editedData((role) => {
      (role as Figures).salary.figures[0] = { ...(role as Figures).salary.figures[0], low: 157399 };
    });
    const result = await validateData(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${join(dir, "roles/lead-ml-architect.json")} at salary.figures.0: Unrecognized key: "low"`,
    );
  });

  it("rejects an invented figure, naming it, the file and the field; start-up refuses it too", async () => {
    const dir = editedData((role) => {
      (role as Figures).salary.figures[2] = { ...(role as Figures).salary.figures[2], max: 999999 };
    });
    const result = await validateData(dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "Invalid career data:",
      `  figure $999,999 in ${join(dir, "roles/lead-ml-architect.json")} (salary.figures[2].max) is not in any source text`,
    ]);
    expect(() => loadCareerData(dir)).toThrowError(/figure \$999,999 in .* is not in any source text/);
  });

  it("checks numbers written inside text as well, and passes a figure that a source added to sources.json holds", async () => {
    const dir = editedData((role) => {
      (role as { summary: string }).summary = "Pays $412,345 in Zurich.";
    });
    expect((await validateData(dir)).stderr).toContain(
      `figure $412,345 in ${join(dir, "roles/lead-ml-architect.json")} (summary) is not in any source text`,
    );
    writeFileSync(join(dir, "sources/zurich.txt"), "Zurich survey 2025: lead architects earn $412,345.\n");
    const sources = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8"));
    writeFileSync(
      join(dir, "sources.json"),
      JSON.stringify([...sources, { file: "sources/zurich.txt", title: "Zurich survey" }]),
    );
    const ok = await validateData(dir);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(loadCareerData(dir).sourceName).toBe("AiPathly careers guide; Zurich survey");
  });

  it("names a source file that sources.json lists but the folder lacks", async () => {
    const dir = editedData((sources) => {
      (sources as unknown as { file: string }[])[0] = { file: "sources/gone.txt", title: "Gone" } as never;
    }, "sources.json");
    expect((await validateData(dir)).stderr).toContain(
      `${join(dir, "sources.json")}: source text sources/gone.txt not found`,
    );
  });

  it("names DATA_DIR with an absolute path when the folder is missing", async () => {
    const cwd = tempDir("careerbot-datacheck-cwd-");
    const failure = await run(process.execPath, [BIN, "ask", "hi"], {
      cwd,
      env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: "missing-data" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect(failure.stderr).toContain(`DATA_DIR=${join(cwd, "missing-data")}: folder not found`);
    expect(failure.stderr).not.toContain("../");
  });
});
