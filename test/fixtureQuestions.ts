import { readdirSync, readFileSync } from "node:fs";

const fixtures = new URL("fixtures/", import.meta.url);

/** Every question and conversation turn of the fixture sets (test/fixtures and test/fixtures/advice), in file order. */
export const fixtureQuestions: readonly string[] = ["", "advice/"].flatMap((dir) =>
  readdirSync(new URL(dir, fixtures))
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(new URL(`${dir}${f}`, fixtures), "utf8")
        .split("\n")
        .filter(Boolean)
        .flatMap((line) => {
          const c = JSON.parse(line) as { q?: string; turns?: string[] };
          return c.turns ?? [c.q ?? ""];
        }),
    ),
);
