import { readdirSync } from "node:fs";

/** The set files of a fixture folder, in file-name order. */
export function setsIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".jsonl"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/**
 * One of the fixture-answers test files' share of the sets: every \`of\`-th set of a folder, from the \`index\`-th. Each
 * file answers only its share, so the two workers of \`test:unit\` split the answering (the slow part) between them.
 */
export interface Shard {
  index: number;
  of: number;
}

/** The sets of a folder in this shard (all of them without one). */
export function setsInShard(folder: string, shard?: Shard): string[] {
  const sets = setsIn(folder);
  return shard ? sets.filter((_, i) => i % shard.of === shard.index) : sets;
}
