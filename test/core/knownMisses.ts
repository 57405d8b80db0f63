import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type Shard, setsIn, setsInShard } from "../fixtureSets";

/**
 * `known-misses.json` beside a folder of question sets: for each set (its file name), the exact questions the bot is
 * known to get wrong (a conversation by its turns joined with " / "). A set it does not name must have no miss. The
 * accuracy tests fail on a miss not listed and on a listed miss that now passes, so no regression hides in a
 * tolerance and a fix shows up as a list to shorten.
 */
const KnownMissesSchema = z.record(z.string().regex(/\.jsonl$/, "a question set's file name"), z.array(z.string()));

export const KNOWN_MISSES_FILE = "known-misses.json";

export interface QuestionSets {
  /** The set files in the folder (in the shard, if given), sorted. */
  sets: string[];
  /** Listed misses per set (empty for a set not listed). */
  knownMisses(set: string): string[];
  /** Sets named in known-misses.json that are not in the folder (a renamed or removed set). */
  unknownSets: string[];
}

export function questionSets(folder: string, shard?: Shard): QuestionSets {
  const all = setsIn(folder);
  const sets = setsInShard(folder, shard);
  const path = join(folder, KNOWN_MISSES_FILE);
  const parsed = existsSync(path) ? KnownMissesSchema.safeParse(JSON.parse(readFileSync(path, "utf8"))) : undefined;
  if (parsed && !parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  const listed = parsed?.data ?? {};
  return {
    sets,
    knownMisses: (set) => listed[set] ?? [],
    unknownSets: Object.keys(listed).filter((set) => !all.includes(set)),
  };
}

/**
 * Compares a set's misses (question and why) with its known misses; the message says what changed.
 * Returns undefined when they match exactly.
 */
export function missChanges(misses: { question: string; why: string }[], known: readonly string[]): string | undefined {
  const remaining = [...known];
  const unexpected: string[] = [];
  for (const miss of misses) {
    const at = remaining.indexOf(miss.question);
    if (at >= 0) remaining.splice(at, 1);
    else unexpected.push(miss.why);
  }
  if (unexpected.length === 0 && remaining.length === 0) return undefined;
  return [
    ...(unexpected.length > 0 ? ["new misses:", ...unexpected.map((m) => `  ${m}`)] : []),
    ...(remaining.length > 0
      ? [`known misses that now pass (remove them from ${KNOWN_MISSES_FILE}):`, ...remaining.map((q) => `  ${q}`)]
      : []),
  ].join("\n");
}
