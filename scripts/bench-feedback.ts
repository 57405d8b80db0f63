// What recording an answer for feedback costs on the way to it (the row its rating buttons point to, and the day's
// counts), on a fresh SQLite file with the store's durability settings: `npx tsx scripts/bench-feedback.ts`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "../adapters";
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { Feedback } from "../src/feedback/feedback";
import { openStore } from "../src/store";

const dir = mkdtempSync(join(tmpdir(), "fb-bench-"));
const store = await openStore({ DATABASE_PATH: join(dir, "b.db") });
const bot = createCareerBot(loadCareerData());
const answer = bot.reply("how do I negotiate my salary as an NLP research scientist?").answer;
const feedback = new Feedback(store.feedback, { budgetMs: 10_000 });
const times: number[] = [];
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  await feedback.record(answer, { platform: "slack", workspace: "T1", userId: "slack:T1:U1", question: "q" });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `record() on SQLite (synchronous=FULL), 1000 answers: median ${times[500]?.toFixed(3)} ms, p99 ${times[990]?.toFixed(3)} ms`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
