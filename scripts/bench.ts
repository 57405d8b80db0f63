/**
 * Warm in-process latency of answer(): p50/p99 in microseconds, questions per second, the slowest question (the
 * median of its runs), cold start and RSS; then the same with 10,000 more synthetic roles (unique names): index build
 * time, p50/p99, slowest question and RSS.
 * `npm run bench [-- --reps N]` (5 runs of every question by default: 90,000 samples of the real channel messages).
 * It runs bundled as the CLI is (scripts/bundle-bench.mjs): the code a running bot runs.
 *
 * It runs with the V8 flag `bin/careerbot` gives every `careerbot` process, `--no-regexp-tier-up`, so it measures
 * what a running bot does: without it V8 first interprets each pattern's bytecode, and the real messages' p50 was
 * 1.16x and p99 1.43x what they are with it (`node --import tsx scripts/bench.ts` against `npm run bench`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import "../adapters"; // the platform registry: mention markup of every platform
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { withSyntheticRoles } from "../src/evaluation/synthetic";

if (!process.execArgv.includes("--no-regexp-tier-up"))
  console.warn(
    "Not the flags of a running bot: run `npm run bench` (node --no-regexp-tier-up), or the figures mislead.",
  );

/** The project's folder: the nearest one up with a package.json (this file runs from scripts/, or bundled from the cache). */
const root = (function projectRoot(folder: URL): URL {
  if (existsSync(new URL("package.json", folder))) return folder;
  const parent = new URL("..", folder);
  if (parent.href === folder.href) throw new Error(`no package.json above ${import.meta.url}`);
  return projectRoot(parent);
})(new URL(".", import.meta.url));
const coldStart = performance.now();
// The data folder named, not found from the bundle's own place (it runs from node_modules/.cache/).
const data = loadCareerData(fileURLToPath(new URL("data/", root)));
const bot = createCareerBot(data);
bot.answer("what does a lead ml architect earn?");
const coldMs = performance.now() - coldStart;

const reps = Number(process.argv[process.argv.indexOf("--reps") + 1]) || 5;
const fixtures = new URL("test/fixtures/", root);
const questionFiles = readdirSync(fixtures)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => new URL(f, fixtures));
const questions = questionFiles.flatMap((f) => {
  try {
    return readFileSync(f, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q);
  } catch {
    return [];
  }
});
// Real channel messages: several questions, stories, other languages (each turn of a conversation on its own).
const messages = readdirSync(new URL("advice/", fixtures))
  .filter((f) => f.startsWith("messages-") && f.endsWith(".jsonl"))
  .flatMap((f) =>
    readFileSync(new URL(`advice/${f}`, fixtures), "utf8")
      .split("\n")
      .filter(Boolean)
      .flatMap((l) => {
        const c = JSON.parse(l) as { q?: string; turns?: string[] };
        return c.turns ?? [c.q ?? ""];
      }),
  );

function measure(
  answer: (q: string) => unknown,
  set: readonly string[] = questions,
): { p50: number; p99: number; qps: number; slowest: { question: string; ms: number } } {
  for (const q of set) answer(q); // warm-up: JIT and the spelling cache
  const samples: number[] = [];
  const perQuestion = set.map(() => [] as number[]);
  const start = performance.now();
  for (let r = 0; r < reps; r++) {
    set.forEach((q, i) => {
      const t = performance.now();
      answer(q);
      const ms = performance.now() - t;
      samples.push(ms);
      perQuestion[i]?.push(ms);
    });
  }
  const total = performance.now() - start;
  // A question's own time is the median of its runs: one run that met a garbage collection says little about it.
  let slowest = { question: "", ms: 0 };
  perQuestion.forEach((runs, i) => {
    const ms = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
    if (ms > slowest.ms) slowest = { question: set[i] ?? "", ms };
  });
  return { ...percentiles(samples), qps: (samples.length / total) * 1000, slowest };
}

/** p50 and p99 in microseconds, from samples in milliseconds. */
function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 1000;
  return { p50: at(0.5), p99: at(0.99) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const show = (label: string, m: ReturnType<typeof measure>) =>
  console.log(
    `${label}: p50 ${m.p50.toFixed(1)} µs | p99 ${m.p99.toFixed(1)} µs | ${Math.round(m.qps).toLocaleString("en-US")} questions/s | slowest question ${m.slowest.ms.toFixed(2)} ms (median of its ${reps} runs): ${JSON.stringify(m.slowest.question.slice(0, 80))}`,
  );

console.log(`${questions.length} distinct questions x ${reps} repetitions`);
const base = measure(bot.answer);
show("5 roles", base);
show(`5 roles, ${messages.length} real channel messages (several questions, stories)`, measure(bot.answer, messages));
show("5 roles, questions and messages together", measure(bot.answer, [...questions, ...messages]));
// The spelling corrector caches words it has seen; a fresh bot shows the cost of questions seen for the first time.
const fresh = createCareerBot(data);
const firstSight: number[] = [];
for (const q of questions) {
  const t = performance.now();
  fresh.answer(q);
  firstSight.push(performance.now() - t);
}
const seen = percentiles(firstSight);
console.log(
  `first sight (fresh spelling cache, each question once): p50 ${seen.p50.toFixed(1)} µs | p99 ${seen.p99.toFixed(1)} µs`,
);
console.log(`cold start in-process (load data, build indexes, first answer): ${coldMs.toFixed(1)} ms`);
console.log(`RSS: ${mb(process.memoryUsage().rss)}`);

// What a person waits for: a new process, from launch to the printed answer (the compiled build, as `npm ci` leaves it,
// through bin/careerbot, the command, with its V8 flags and the start-up snapshot).
const bin = fileURLToPath(new URL("bin/careerbot", root));
const launches = Array.from({ length: 7 }, () => {
  const t = performance.now();
  execFileSync(bin, ["ask", "what does an NLP research scientist earn?"], {
    env: { ...process.env, LOG_LEVEL: "silent" },
  });
  return performance.now() - t;
}).sort((a, b) => a - b);
console.log(`cold start, new process to printed answer (careerbot ask, median of 7): ${launches[3]?.toFixed(0)} ms`);

// A large catalogue: 10,000 synthetic roles with unique names. Index build alone, then the first answer, then latency.
const bigData = withSyntheticRoles(data, 10_000);
// The first build pays for JIT warm-up as a real start does; later builds show the steady cost.
const builds = Array.from({ length: 5 }, () => {
  const t = performance.now();
  createCareerBot(bigData);
  return performance.now() - t;
});
const buildMs = builds[0] ?? 0;
const [buildBest = 0, , buildMedian = 0] = [...builds].sort((a, b) => a - b);
const big = createCareerBot(bigData);
const firstStart = performance.now();
big.answer("lead ml architect salary");
const firstMs = performance.now() - firstStart;
const bigRun = measure(big.answer);
show(`${bigData.roles.length.toLocaleString("en-US")} roles`, bigRun);
console.log(
  `${bigData.roles.length.toLocaleString("en-US")} roles: index build ${buildMs.toFixed(1)} ms first, ${buildMedian.toFixed(1)} ms median and ${buildBest.toFixed(1)} ms best of 5 (on a busy machine, best is closest to the real cost); first answer ${firstMs.toFixed(1)} ms; p50 x${(bigRun.p50 / base.p50).toFixed(2)}, p99 x${(bigRun.p99 / base.p99).toFixed(2)} vs 5 roles; RSS ${mb(process.memoryUsage().rss)}`,
);
