import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataKey, useDataCache } from "../../src/data/cache";
import { DataValidationError, DEFAULT_DATA_DIR, loadCareerData, validateCareerData } from "../../src/data/load";
import { tempDir } from "../tempDir";

function copyOfData(): string {
  const dir = tempDir("careerbot-data-");
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

/** A cache file in its own folder, turned on for this test. */
function cacheOn(codeKey = "build-1"): string {
  const file = join(tempDir("careerbot-cache-"), "data-cache.json");
  useDataCache({ file, codeKey });
  return file;
}

/**
 * Marks the stored copy (a role title no data file has), so a load shows whether it came from the copy or from the
 * files. The key is left as it was.
 */
function markCopy(file: string): void {
  const stored = JSON.parse(readFileSync(file, "utf8"));
  stored.data.roles[0].title = "From the cache";
  writeFileSync(file, JSON.stringify(stored));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

afterEach(() => useDataCache(undefined));

describe("validated-data cache", () => {
  it("keeps the validated data as it is and serves it to the next load of the unchanged folder", () => {
    const dir = copyOfData();
    const file = cacheOn();
    const validated = validateCareerData(dir);
    expect(loadCareerData(dir)).toEqual(validated); // validates, then stores
    expect(JSON.parse(readFileSync(file, "utf8")).data).toEqual(validated);
    markCopy(file);
    expect(loadCareerData(dir).roles[0]?.title).toBe("From the cache");
  });

  it("is not used once any file the loader reads changes (every file of the bundled data in turn)", () => {
    const dir = copyOfData();
    const file = cacheOn();
    const files = filesUnder(dir);
    // roles, topics, market.json, sources.json and the source text: all 14 files.
    expect(files).toHaveLength(14);
    for (const name of files) {
      loadCareerData(dir);
      markCopy(file);
      // A change that keeps the file valid: JSON and the source text both allow trailing white space.
      appendFileSync(join(dir, name), "\n");
      expect(loadCareerData(dir).roles[0]?.title, name).not.toBe("From the cache");
    }
  });

  it("reports a file made malformed since, naming the file and the field, not the stored copy", () => {
    const dir = copyOfData();
    cacheOn();
    loadCareerData(dir);
    const role = join(dir, "roles", "lead-ml-architect.json");
    writeFileSync(role, JSON.stringify({ ...JSON.parse(readFileSync(role, "utf8")), title: 42 }));
    expect(() => loadCareerData(dir)).toThrowError(DataValidationError);
    expect(() => loadCareerData(dir)).toThrowError(/roles\/lead-ml-architect\.json at title/);
  });

  it("is not used for an added role file", () => {
    const dir = copyOfData();
    const file = cacheOn();
    loadCareerData(dir);
    markCopy(file);
    cpSync(join(dir, "roles", "lead-ml-architect.json"), join(dir, "roles", "copy.json"));
    expect(() => loadCareerData(dir)).toThrowError(
      /roles\/copy\.json at id: file name must be "lead-ml-architect\.json"/,
    );
  });

  it("is not used by other code (another build's key)", () => {
    const dir = copyOfData();
    const file = cacheOn("build-1");
    loadCareerData(dir);
    markCopy(file);
    useDataCache({ file, codeKey: "build-2" });
    expect(loadCareerData(dir).roles[0]?.title).not.toBe("From the cache");
  });

  it("changes its key with a source text that sources.json names outside the folder", () => {
    const dir = copyOfData();
    const outside = join(tempDir("careerbot-source-"), "guide.txt");
    cpSync(join(dir, "sources", "aipathly-lead-ml-architect.txt"), outside);
    const sources = join(dir, "sources.json");
    const [first] = JSON.parse(readFileSync(sources, "utf8"));
    writeFileSync(sources, JSON.stringify([{ ...first, file: relative(dir, outside) }]));
    const before = dataKey(dir, "build-1");
    appendFileSync(outside, "\n");
    expect(dataKey(dir, "build-1")).not.toBe(before);
  });

  it("loads as without it when the copy cannot be written (a read-only install)", () => {
    const dir = copyOfData();
    useDataCache({ file: join(tempDir("careerbot-cache-"), "no-such-folder", "data-cache.json"), codeKey: "k" });
    expect(loadCareerData(dir)).toEqual(validateCareerData(dir));
  });
});
