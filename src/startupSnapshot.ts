import { answerText, type CareerBot, createCareerBot } from "./bot";
import { envSchema } from "./config";
import { activeDataKey } from "./data/cache";
import { DEFAULT_DATA_DIR, loadCareerData } from "./data/load";

/**
 * What the V8 start-up snapshot of `careerbot ask` holds besides the bundle's code (bin/snapshot.cjs takes it,
 * bin/careerbot starts from it): the bot built from the project's own data folder, warmed by a few questions so that
 * their code is compiled. `careerbot ask` reuses it only while that folder holds what it held when the snapshot was
 * taken (the key of the validated-data cache, which also names the folder and the build); another DATA_DIR, an edited
 * file or another build builds the bot afresh, exactly as without a snapshot.
 */
let prebuilt: { key: string; bot: CareerBot } | undefined;

/**
 * Questions that run the common paths once: a fact, a role's duties and skills, the catalogue, a greeting, the trends.
 * Only paths whose patterns are all small: V8 in Node 20 cannot write a regular expression's machine code into a
 * snapshot once it is large (the process aborts with "unreachable code"; reproduced with one pattern of 3,000 words
 * compiled under --no-regexp-tier-up), and the patterns of comparisons, not-covered topics, several questions and
 * statements about oneself are. Those compile at start, as without a snapshot. Under --regexp-interpret-all the
 * snapshot takes every path, but a message on a path it did not take then starts slower than with no snapshot at
 * all (207 ms against 148, `node scripts/bench-start.mjs` style runs), so the flags stay those of bin/bundle.cjs.
 */
const WARM_UP = [
  "lead ml architect salary",
  "what does an NLP research scientist do",
  "what skills does a lead ml architect need",
  "list the roles",
  "hi",
  "whats trending in ai",
];

/** Builds and warms the bot the snapshot keeps; the data cache must be on (its key is what a later start compares). */
export function prebuildBot(): void {
  const key = activeDataKey(DEFAULT_DATA_DIR);
  if (key === undefined) throw new Error("prebuildBot: the data cache is off or the data folder cannot be read");
  const data = loadCareerData(DEFAULT_DATA_DIR);
  const warmed = createCareerBot(data);
  for (const question of WARM_UP) answerText(warmed, question);
  // The bot kept is a fresh one: the warm-up compiled the code of those paths, but the patterns a bot compiles on first
  // use (a not-covered topic's phrases, from the data) stay with the warmed one. Which of those a warm-up compiles
  // depends on the data ("research talk" in a topic compiles it for "what does an NLP research scientist do"), and a
  // large one would abort the snapshot (above).
  const bot = createCareerBot(data);
  // Every question reads its configuration first: the schema built and its parsers run once here, not at each start.
  envSchema().safeParse({});
  prebuilt = { key, bot };
}

/** The snapshot's bot when `dir` holds what it was built from, else `undefined`. */
export function prebuiltBot(dir: string): CareerBot | undefined {
  return prebuilt !== undefined && activeDataKey(dir) === prebuilt.key ? prebuilt.bot : undefined;
}
