import { PLATFORMS } from "../adapters";
import { runConsole } from "../adapters/console/shell";
import { type CareerBot, createCareerBot } from "./bot";
import { type Config, loadConfig } from "./config";
import { Conversations } from "./conversation/conversations";
import { loadCareerData } from "./data/load";
import { createFeedback } from "./feedback";
import { checkReportChannel } from "./feedback/operator";
import { createLifecycle } from "./lifecycle";
import { createLogger, type Logger } from "./logger";
import { createOps } from "./ops";
import { healthHandler, Readiness, startHealthServer } from "./ops/health";
import { explainListenError } from "./ops/listen";
import { countVote, createMetrics, type MetricsPlatform } from "./ops/metrics";
import { configuredPlatforms } from "./platform";
import { storeRecentKeys } from "./recentKeys";
import { storeOn } from "./store";
import { openDatabase } from "./store/database";
import { SqliteSql } from "./store/sql";
import { createWeekly } from "./weekly";
import type { ChannelPoster } from "./weekly/poster";
import { startWeeklyScheduler } from "./weekly/scheduler";

/**
 * `npm start`: every registered platform whose variables are set (adapters/index.ts), and the weekly posts; with
 * no platform, the console shell. Platform libraries load only when their platform is configured, so the shell
 * opens fast.
 */
export async function startBot(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const platforms = configuredPlatforms(PLATFORMS, config);
  checkReportChannel(config, PLATFORMS);
  const bot = createCareerBot(loadCareerData(config.DATA_DIR));
  if (platforms.length === 0) return runConsoleMode(bot, config, log);
  log.info(
    {
      roles: bot.data.roles.length,
      ...Object.fromEntries(
        PLATFORMS.map((p) => {
          const on = platforms.find((c) => c.adapter === p);
          return [p.name, on ? (p.describe?.(on.settings) ?? "on") : "off"];
        }),
      ),
    },
    "careerbot starting",
  );

  const weekly = await createWeekly(config, bot.data, log);
  log.info({ store: weekly.store.sql.dialect, location: weekly.store.location }, "store open");
  const storeLog = log.child({ component: "store" });
  // SQLite: WAL checkpoints on a worker thread, never inside a commit on the event loop that answers.
  if (weekly.store.sql instanceof SqliteSql) {
    weekly.store.sql.checkpointInBackground({
      onError: (error) => storeLog.warn({ err: error.message }, "WAL checkpoint failed; retrying every second"),
      onStopped: (reason) =>
        storeLog.warn({ err: reason.message }, "background WAL checkpoints stopped; the connection checkpoints itself"),
    });
  }
  // Health, readiness and metrics on HEALTH_PORT (HEALTH_HOST, loopback by default) in every mode, listening before
  // adapters connect; never on Slack's public PORT. Readiness checks the store is writable (SQLite or PostgreSQL).
  const ops = createOps(
    weekly.store,
    log,
    platforms.map((p) => p.adapter.name as MetricsPlatform),
  );
  // Conversations live in the shared store (SQLite file or PostgreSQL), so a restart or another replica does not
  // forget one mid-way. Each platform has its own service over the one store (keys carry their platform), asking the
  // bot through that platform's metrics.
  const conversationStore = weekly.store.conversations({ ttlMs: config.CONVERSATION_TTL });
  const conversationLog = log.child({ component: "conversations" });
  const budget = { budgetMs: config.STORE_BUDGET_MS };
  const sweeper = new Conversations(bot, conversationStore, conversationLog, budget).startSweeper();
  // Retried events are answered once: in memory first, then across replicas in the store.
  const recentKeys = storeRecentKeys(weekly.store, storeLog, config.STORE_BUDGET_MS);
  const seenSweeper = setInterval(() => {
    weekly.store.seenEvents
      .sweep()
      .catch((error: Error) => storeLog.warn({ err: error.message }, "seen-event sweep failed"));
  }, 5 * 60_000);
  seenSweeper.unref();
  // Ratings of answers and what went unanswered: in the shared store, counted in /metrics.
  const feedback = createFeedback(weekly.store, config, log.child({ component: "feedback" }), (vote, intents) =>
    countVote(ops.metrics, vote, intents),
  );
  const feedbackSweeper = feedback.startSweeper();
  // Stops run in order: stop accepting and finish requests, let a weekly tick finish, the health server, then the
  // database.
  const lifecycle = createLifecycle(log, config.SHUTDOWN_TIMEOUT_MS);
  // First of all: /readyz says 503, so load balancers stop sending while requests in flight are answered.
  lifecycle.onStop({ name: "readiness", stop: () => ops.readiness.shuttingDown() });
  const failStart = async (error: unknown, message: string): Promise<never> => {
    // One part failing to start stops the others: a half-running bot looks healthy and is not. A cause the operator
    // can fix (a port in use, a wrong variable) is one line naming it; anything else keeps its stack.
    if (isOperatorError(error)) log.error({ cause: (error as Error).name }, `${(error as Error).message}: stopping`);
    else log.error({ err: error }, message);
    sweeper.stop();
    feedbackSweeper.stop();
    clearInterval(seenSweeper);
    lifecycle.onStop({ name: "health server", stop: () => ops.close() });
    lifecycle.onStop({ name: "database", stop: () => weekly.close() });
    return lifecycle.shutdown("start failed", 1);
  };
  await ops
    .listen(config.HEALTH_PORT, config.HEALTH_HOST)
    .catch((error) =>
      failStart(
        explainListenError(error, "HEALTH_PORT", config.HEALTH_PORT, config.HEALTH_HOST, "HEALTH_HOST"),
        "the health endpoint failed to listen (HEALTH_PORT): stopping",
      ),
    );
  const posters: ChannelPoster[] = [];
  let runsScheduler = true;
  try {
    for (const { adapter, settings } of platforms) {
      const platformBot = ops.instrumentBot(bot, adapter.name as MetricsPlatform);
      const started = await adapter.start(settings, {
        bot: platformBot,
        log,
        config,
        store: weekly.store,
        weekly,
        ops,
        conversations: new Conversations(platformBot, conversationStore, conversationLog, budget),
        recentKeys,
        feedback,
        onStop: (name, stop) => lifecycle.onStop({ name, stop }),
        fatal: (reason) => void lifecycle.shutdown(reason, 1),
      });
      if (started.poster) posters.push(started.poster);
      if (started.runsScheduler === false) runsScheduler = false;
    }
  } catch (error) {
    await failStart(error, "an adapter failed to start: stopping");
  }
  if (runsScheduler) {
    const scheduler = startWeeklyScheduler(
      ops.instrumentPoster(weekly.poster(posters)),
      config.TREND_CRON,
      config.TREND_TZ,
      log.child({ component: "weekly" }),
    );
    lifecycle.onStop({ name: "weekly", stop: (ms) => scheduler.stop(ms) });
  }
  lifecycle.onStop({ name: "conversation sweeper", stop: () => sweeper.stop() });
  lifecycle.onStop({ name: "seen-event sweeper", stop: () => clearInterval(seenSweeper) });
  lifecycle.onStop({ name: "feedback sweeper", stop: () => feedbackSweeper.stop() });
  lifecycle.onStop({ name: "health server", stop: () => ops.close() });
  lifecycle.onStop({ name: "database", stop: () => weekly.close() });
  return 0;
}

/** Errors whose message says what to fix: logged as that one line, without a stack. */
function isOperatorError(error: unknown): boolean {
  return ["ConfigError", "ListenError", "DatabaseError", "DataValidationError"].includes((error as Error)?.name);
}

/**
 * No platform configured: the console shell, with /healthz and /readyz on HEALTH_PORT so a Slack-less, Discord-less
 * deployment (weekly posts through cron and `trends run-due`, a smoke test) can be probed. Run with no terminal and
 * nothing on stdin (a container, a service), there is nothing to do: say what is missing and exit 1, so a restart
 * loop shows its cause instead of empty logs.
 */
async function runConsoleMode(bot: CareerBot, config: Config, log: Logger): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY);
  const readiness = new Readiness();
  readiness.add("console", () => ({ ok: true }));
  const health = await startHealthServer(
    healthHandler(readiness, createMetrics()),
    config.HEALTH_PORT,
    config.HEALTH_HOST,
  )
    .then((server) => {
      log.debug({ port: server.port }, "health endpoint listening (console)");
      return server;
    })
    .catch((error) => {
      // The console is for a person at a terminal: a busy port costs the probe, not the session.
      const explained = explainListenError(
        error,
        "HEALTH_PORT",
        config.HEALTH_PORT,
        config.HEALTH_HOST,
        "HEALTH_HOST",
      ) as Error;
      log.warn(`${explained.message}; the console runs without /healthz`);
      return undefined;
    });
  // Ratings typed in the console (`+`, `-`) are kept for the session only, in memory, without question texts.
  const memory = storeOn(new SqliteSql(openDatabase(":memory:")), ":memory:");
  const feedback = createFeedback(memory, { ...config, FEEDBACK_KEEP_TEXT: false }, log);
  try {
    const { linesRead } = await runConsole(bot, process.stdin, process.stdout, undefined, CONNECT_HINT, feedback);
    if (!interactive && linesRead === 0) {
      process.stderr.write(`${NOTHING_TO_DO}\n`);
      return 1;
    }
    return 0;
  } finally {
    await health?.close();
    await memory.close();
  }
}

/** The console's second line: how to leave the terminal for a chat platform. */
const CONNECT_HINT =
  "To run in Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), in Discord set DISCORD_TOKEN: see docs/slack.md and docs/discord.md.";

/** One stderr line when there is no platform, no terminal and no input. */
export const NOTHING_TO_DO =
  "careerbot: nothing to do: no platform is configured (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, SLACK_CLIENT_ID for OAuth, or DISCORD_TOKEN) and stdin is not a terminal and sent no question";
