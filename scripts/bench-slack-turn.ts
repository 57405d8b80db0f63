/**
 * What one Slack `/career` costs careerbot's own process, without HTTP: signed-request parsing and the socket are
 * left out, everything from Bolt's processEvent to the acknowledgement and the shared commit after it is in. The
 * adapter is wired as `careerbot start` wires it (SQLite in a temp folder with background checkpoints, metrics,
 * feedback, de-duplication; no chart drawn), against the fake Slack of the tests; the bench:slack questions, channels
 * and users.
 * Commands go `--group` at a time (5: the turns of one shared commit, as under bench:slack's load).
 *
 * Prints CPU microseconds a command (process CPU, every thread) per batch of `--batch` commands: min, p10 and median
 * over the batches (the minimum is the least disturbed by other work on the machine).
 *
 * For a figure that other work on the machine does not move, count instructions under valgrind and take the
 * difference of two runs, divided by the difference of their commands (start-up cancels out):
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     node --single-threaded --import tsx scripts/bench-slack-turn.ts --commands 300 --batch 300 --warm 300
 *   (the same with 1300 for 300; "I refs" of the second minus the first, over 1,000)
 *
 *   npx tsx scripts/bench-slack-turn.ts [--commands 6000] [--batch 100] [--group 5] [--warm 3000] [--checkout DIR]
 *
 * `--checkout DIR` measures another checkout's sources (its src/ and adapters/, e.g. an older commit unpacked).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { slashCommand } from "./slack-load-questions.mjs";

const { values } = parseArgs({
  options: {
    commands: { type: "string", default: "6000" },
    batch: { type: "string", default: "100" },
    group: { type: "string", default: "5" },
    warm: { type: "string", default: "3000" },
    checkout: { type: "string" },
  },
});
const COMMANDS = Number(values.commands);
const BATCH = Math.min(Number(values.batch), COMMANDS);
const GROUP = Number(values.group);
const WARM = Number(values.warm);
if (![COMMANDS, BATCH, GROUP].every((n) => Number.isInteger(n) && n >= 1) || !(WARM >= 0))
  throw new Error("--commands, --batch and --group must be positive integers, --warm at least 0");
const ROOT = values.checkout ? resolve(values.checkout) : fileURLToPath(new URL("..", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: modules of whichever checkout is measured, loaded by path
const from = (path: string): Promise<any> => import(join(ROOT, path));
const [
  { startFakeSlack },
  { createCareerBot },
  { loadCareerData },
  { Conversations },
  { createFeedback },
  { openStore },
  { createOps },
  { storeRecentKeys },
  { createLogger },
  { createSlackAdapter },
  { healthRoutes, watchSlack },
  { createSalaryCharts },
] = await Promise.all(
  [
    "test/fakes/slack.ts",
    "src/bot.ts",
    "src/data/load.ts",
    "src/conversation/conversations.ts",
    "src/feedback/index.ts",
    "src/store/index.ts",
    "src/ops/index.ts",
    "src/recentKeys.ts",
    "src/logger.ts",
    "adapters/slack/index.ts",
    "adapters/slack/health.ts",
    "src/chart/index.ts",
  ].map(from),
);
// How the HTTP receiver serializes the acknowledgement (a checkout from before adapters/slack/json.ts: JSON.stringify).
const toJson: (body: unknown) => string | undefined =
  (await from("adapters/slack/json.ts").catch(() => undefined))?.toJson ?? JSON.stringify;

const fake = await startFakeSlack();
const dir = mkdtempSync(join(tmpdir(), "careerbot-bench-turn-"));
try {
  const store = await openStore({ DATABASE_PATH: join(dir, "careerbot.db") });
  // As careerbot start does (a checkout from before background checkpoints has no such method).
  store.sql.checkpointInBackground?.({});
  const log = createLogger("info", "json");
  const ops = createOps(store, log, ["slack"]);
  const bot = ops.instrumentBot(createCareerBot(loadCareerData(join(ROOT, "data"))), "slack");
  // No PNG is drawn: the adapter's start-up chart (prewarm) would otherwise render on a worker thread while commands
  // are counted. No /career here draws one (an ephemeral answer shows a chart only with PUBLIC_URL).
  const charts = createSalaryCharts(bot.data, {
    renderer: { render: async () => Buffer.alloc(0), pending: 0, close: async () => {} },
  });
  const budget = 2_000;
  const adapter = createSlackAdapter({
    bot,
    settings: {
      signingSecret: "bench-secret",
      botToken: "xoxb-bench",
      apiUrl: fake.apiUrl,
      adminUserIds: [],
      connection: { mode: "http", port: 0 },
    },
    log,
    conversations: new Conversations(bot, store.conversations(), log, { budgetMs: budget }),
    recentKeys: storeRecentKeys(store, log, budget),
    feedback: createFeedback(
      store,
      {
        FEEDBACK_KEEP_TEXT: false,
        FEEDBACK_TTL: 30 * 86_400_000,
        FEEDBACK_RETENTION: 90 * 86_400_000,
        STORE_BUDGET_MS: budget,
      },
      log,
    ),
    routes: healthRoutes(ops.handler),
    charts,
    retries: 0,
  });
  watchSlack(adapter.app, "http", ops, adapter.tokenCheck);
  await adapter.tokenCheck?.verify();

  let answered = 0;
  const command = (i: number) =>
    new Promise<void>((acked, failed) => {
      const body = slashCommand(i, "bench");
      adapter.app
        .processEvent({
          body,
          ack: async (response: unknown) => {
            // As the HTTP receiver does with the acknowledgement's body.
            if (toJson(response ?? "")?.includes('"blocks"')) answered++;
            acked();
          },
        })
        .catch(failed);
    });
  const run = async (from: number, count: number) => {
    for (let i = 0; i < count; i += GROUP)
      await Promise.all(Array.from({ length: Math.min(GROUP, count - i) }, (_, g) => command(from + i + g)));
    // The turns' shared commit, and anything else a timer runs after the acknowledgements.
    await new Promise((r) => setTimeout(r, 20));
  };

  await run(1_000_000, WARM);
  answered = 0;
  const perBatch: number[] = [];
  for (let b = 0; b * BATCH < COMMANDS; b++) {
    const count = Math.min(BATCH, COMMANDS - b * BATCH);
    const before = process.cpuUsage();
    await run(b * BATCH, count);
    const cpu = process.cpuUsage(before);
    perBatch.push((cpu.user + cpu.system) / count);
  }
  if (answered !== COMMANDS) throw new Error(`${COMMANDS - answered} of ${COMMANDS} commands got no answer`);
  perBatch.sort((a, b) => a - b);
  const at = (q: number) => Math.round(perBatch[Math.min(perBatch.length - 1, Math.floor(q * perBatch.length))] ?? 0);
  console.log(
    `${ROOT}: ${COMMANDS} commands, ${GROUP} at a time; CPU us a command over ${perBatch.length} batches: ` +
      `min ${at(0)}, p10 ${at(0.1)}, median ${at(0.5)}`,
  );
  await store.close();
} finally {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
