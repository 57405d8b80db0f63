import { readdirSync, readFileSync } from "node:fs";

const fixtures = new URL("fixtures/", import.meta.url);

/** Every question and conversation turn of the sets in one fixture folder ("" or "advice/"), in file order. */
function turnsIn(dir: string): string[] {
  return readdirSync(new URL(dir, fixtures))
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(new URL(`${dir}${f}`, fixtures), "utf8")
        .split("\n")
        .filter(Boolean)
        .flatMap((line) => {
          const c = JSON.parse(line) as { q?: string; turns?: string[] };
          return c.turns ?? [c.q ?? ""];
        }),
    );
}

/** The questions and turns of test/fixtures/advice: advice, conversations and real channel messages. */
export const adviceFixtureTurns: readonly string[] = turnsIn("advice/");

/** Every question and conversation turn of the fixture sets (test/fixtures and test/fixtures/advice), in file order. */
export const fixtureQuestions: readonly string[] = [...turnsIn(""), ...adviceFixtureTurns];

/**
 * The quick loop's sample (`npm run test:unit`): `count` questions spread evenly over the fixture questions, in file
 * order. A fixed number rather than a share, so the loop's time stays put as the sets grow; `npm test` checks every
 * question (full-sweeps.slow.test.ts).
 */
export function quickSample(count = QUICK_SAMPLE_SIZE): string[] {
  const step = Math.max(1, fixtureQuestions.length / count);
  const sample: string[] = [];
  for (let at = 0; at < fixtureQuestions.length && sample.length < count; at += step)
    sample.push(fixtureQuestions[Math.floor(at)] as string);
  return sample;
}

/** How many fixture questions the quick loop's sweeps check: about every fortieth of the 39,832 today. */
export const QUICK_SAMPLE_SIZE = 1_000;
