import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { CareerData } from "./schema";

/**
 * A validated copy of the data folder, so a start whose folder has not changed skips parsing and validating every file
 * (zod and the figure check: most of what loading the data costs `careerbot ask`). The built CLI turns it on
 * (bin/careerbot.js, a file beside the bundle); the sources, the tests and a read-only install run without it.
 *
 * The copy is used only when its key matches: the code that validated it (`codeKey`, the bundle's build id) and the
 * content of every file the loader reads, kept whole rather than hashed (about 110 KB: node:crypto alone would cost
 * 4 ms of every start, more than comparing the text). Anything else (an edited, added or removed file, another folder, another
 * build) validates afresh, with the same errors, and replaces the copy.
 */
export interface DataCache {
  /** Where the validated copy is kept. */
  file: string;
  /** Identifies the code that validates: a copy made by other code is never used. */
  codeKey: string;
}

let active: DataCache | undefined;

/** Turns the cache on (a `DataCache`) or off (`undefined`) for every later `loadCareerData`. */
export function useDataCache(cache: DataCache | undefined): void {
  active = cache;
}

/**
 * The key of a data folder's content: every `*.json` at its top, in `roles/` and in `topics/`, with their names (an
 * added or renamed file counts), and the source texts `sources.json` names (which may lie outside the folder).
 * `undefined` when a file cannot be read: the loader then reports it.
 */
export function dataKey(dir: string, codeKey: string): string | undefined {
  const parts = [codeKey, dir];
  const add = (file: string): string => {
    const content = readFileSync(file, "utf8");
    parts.push(file, String(content.length), content);
    return content;
  };
  try {
    for (const folder of [dir, join(dir, "roles"), join(dir, "topics")]) {
      const names = readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .sort();
      for (const name of names) {
        const content = add(join(folder, name));
        if (folder === dir && name === "sources.json") {
          for (const source of JSON.parse(content) as { file?: unknown }[])
            if (typeof source?.file === "string") add(join(dir, source.file));
        }
      }
    }
  } catch {
    return undefined;
  }
  return parts.join("\0");
}

/** The key of `dir` under the active cache; `undefined` when the cache is off or a file cannot be read. */
export function activeDataKey(dir: string): string | undefined {
  return active && dataKey(dir, active.codeKey);
}

/** The folder's validated data, if the cache is on and holds this very content; and how to save it otherwise. */
export function cachedData(dir: string): { data?: CareerData; save(data: CareerData): void } {
  const cache = active;
  const key = cache && dataKey(dir, cache.codeKey);
  if (!cache || key === undefined) return { save() {} };
  let data: CareerData | undefined;
  try {
    const stored = JSON.parse(readFileSync(cache.file, "utf8")) as { key?: unknown; data?: CareerData };
    if (stored.key === key) data = stored.data;
  } catch {}
  return { data, save: (validated) => save(cache.file, key, validated) };
}

function save(file: string, key: string, data: CareerData): void {
  const text = JSON.stringify({ key, data });
  // Only data that survives JSON as it is (no Date, Map or undefined-valued key) is kept: a copy is the same data.
  if (!isDeepStrictEqual((JSON.parse(text) as { data: unknown }).data, data)) return;
  const temporary = `${file}.${process.pid}`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file); // whole or not at all, when several processes save at once
  } catch {
    // A read-only install: every start validates, as without the cache.
    rmSync(temporary, { force: true });
  }
}
