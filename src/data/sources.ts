import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";

/** `sources.json` in the data folder: the documents every fact and figure comes from, shown as the answers' source. */
export const SourcesSchema = z
  .array(
    z.strictObject({
      /** The source's text, relative to the data folder (e.g. sources/guide.txt). */
      file: z.string().min(1),
      /** Its name as answers credit it ("AiPathly careers guide"). */
      title: z.string().min(1),
    }),
  )
  .min(1);
export type Sources = z.infer<typeof SourcesSchema>;

/** A number as written, without thousands separators: "$188,940" -> "188940", "37.3%" -> "37.3". */
const NUMBER = /\$?\d[\d,]*(?:\.\d+)?/g;
const plain = (written: string) => written.replace(/[$,]/g, "");
/** "$412,345," as it reads in the sentence, without the punctuation after it. */
const asWritten = (written: string) => written.replace(/,+$/, "");

/** Every number written in the source texts, without thousands separators. */
export function numbersInSources(dir: string, sources: Sources): { numbers: Set<string>; missing: string[] } {
  const numbers = new Set<string>();
  const missing: string[] = [];
  for (const { file } of sources) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      missing.push(file);
      continue;
    }
    for (const n of text.match(NUMBER) ?? []) numbers.add(plain(n));
  }
  return { numbers, missing };
}

/** One number in the data that no source text holds. */
export interface InventedFigure {
  /** As it would read in an answer: "$999,999", "37.3". */
  figure: string;
  /** Where it sits in the file: salary.figures[2].max. */
  path: string;
}

/**
 * Every number in a data file (number fields, and numbers written inside text) that is not in `numbers`. The
 * promise "the bot never invents a figure" holds for edited and added data too, not only for the repo's own.
 */
export function inventedFigures(json: unknown, numbers: ReadonlySet<string>): InventedFigure[] {
  const found: InventedFigure[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "number") {
      if (!numbers.has(String(value))) found.push({ figure: shown(value, path), path });
    } else if (typeof value === "string") {
      for (const written of value.match(NUMBER) ?? [])
        if (!numbers.has(plain(written))) found.push({ figure: asWritten(written), path });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`);
      });
    } else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        // Matching phrases are words people type ("is a 12 week bootcamp"), never shown as a fact.
        if (key !== "phrases") visit(v, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(json, "");
  return found;
}

/** Salary amounts read as money ("$999,999"); other numbers (years, percentages) as they are. */
function shown(value: number, path: string): string {
  return path.startsWith("salary.") && value >= 1000 ? `$${value.toLocaleString("en-US")}` : String(value);
}
