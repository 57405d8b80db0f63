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
