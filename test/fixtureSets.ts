import { readdirSync } from "node:fs";

/** The set files of a fixture folder, in file-name order. */
export function setsIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".jsonl"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/**
 * A fixture-answers test file's share of the sets. `{ index, of }`: every `of`-th set of a folder, from the
 * `index`-th (the slow files split every set between them). `{ sample }`: that many sets spread evenly over the
 * folder (all of them if it has fewer), so the edit-test loop's share stays the same size as sets are added.
 */
export type Shard = { index: number; of: number } | { sample: number };

/** The sets of a folder in this shard (all of them without one). */
export function setsInShard(folder: string, shard?: Shard): string[] {
  const sets = setsIn(folder);
  if (!shard) return sets;
  if ("of" in shard) return sets.filter((_, i) => i % shard.of === shard.index);
  if (sets.length <= shard.sample) return sets;
  const step = sets.length / shard.sample;
  const picked = new Set(Array.from({ length: shard.sample }, (_, i) => Math.floor(i * step)));
  return sets.filter((_, i) => picked.has(i));
}

/** Whether this shard runs the checks made once a run (the first of several, or a sample). */
export function isFirstShard(shard: Shard): boolean {
  return "of" in shard ? shard.index === 0 : true;
}

/** How a shard is named in a test's title. */
export function describeShard(shard: Shard): string {
  return "of" in shard ? `shard ${shard.index + 1} of ${shard.of}` : `${shard.sample} sets spread evenly`;
}
