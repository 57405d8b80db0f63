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
 * folder (all of them if it has fewer), so the edit-test loop's share stays the same size as sets are added; with
 * `half`, every other one of those, so two files split the answering between the two workers of `test:unit`.
 */
export type Shard = { index: number; of: number } | { sample: number; half?: 0 | 1 };

/** The sets of a folder in this shard (all of them without one). */
export function setsInShard(folder: string, shard?: Shard): string[] {
  const sets = setsIn(folder);
  if (!shard) return sets;
  if ("of" in shard) return sets.filter((_, i) => i % shard.of === shard.index);
  const step = Math.max(1, sets.length / shard.sample);
  const picked = new Set(Array.from({ length: Math.min(shard.sample, sets.length) }, (_, i) => Math.floor(i * step)));
  const sample = sets.filter((_, i) => picked.has(i));
  return shard.half === undefined ? sample : sample.filter((_, i) => i % 2 === shard.half);
}

/** Whether this shard runs the checks made once a run (the first of several, or a sample). */
export function isFirstShard(shard: Shard): boolean {
  return "of" in shard ? shard.index === 0 : shard.half !== 1;
}

/** How a shard is named in a test's title. */
export function describeShard(shard: Shard): string {
  if ("of" in shard) return `shard ${shard.index + 1} of ${shard.of}`;
  const half = shard.half === undefined ? "" : `, half ${shard.half + 1} of 2`;
  return `${shard.sample} sets spread evenly${half}`;
}
