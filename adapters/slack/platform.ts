import { definePlatform } from "../../src/platform";
import { type SlackEnv, type SlackSettings, slackConfigSchema, slackSettings } from "./settings";

/**
 * Slack: `<@U1>`, `<!channel>`, `<!subteam^S1|x>`, `<#C1|name>` markup. The heavy modules (Bolt) load only when
 * Slack is configured.
 */
export const slackPlatform = definePlatform<SlackSettings>({
  name: "slack",
  configSchema: slackConfigSchema,
  settings: (env, config) => slackSettings(env as SlackEnv, config),
  // Posting needs a token (or the OAuth app's installations), not a signing secret.
  posterSettings: (values) => {
    const env = values as SlackEnv;
    const base = { apiUrl: env.SLACK_API_URL, adminUserIds: [], connection: { mode: "http" as const, port: 0 } };
    if (env.SLACK_BOT_TOKEN) return { ...base, botToken: env.SLACK_BOT_TOKEN };
    if (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET)
      return {
        ...base,
        oauth: {
          clientId: env.SLACK_CLIENT_ID,
          clientSecret: env.SLACK_CLIENT_SECRET,
          stateSecret: env.SLACK_STATE_SECRET,
        },
      };
    return undefined;
  },
  mentionPatterns: [/<[@#!][^>]*>/],
  describe: (s) => `${s.connection.mode}${s.oauth ? "+oauth" : ""}`,
  // HTTP mode serves /healthz, /readyz and /metrics as routes of its own receiver, on PORT.
  healthPort: (s) => (s.connection.mode === "http" ? s.connection.port : undefined),
  async start(settings, { bot, log, config, store, weekly, ops, conversations, recentKeys, onStop }) {
    const [{ createSlackAdapter }, { healthRoutes, watchSlack }, { slackPosterFor }] = await Promise.all([
      import("."),
      import("./health"),
      import("./poster"),
    ]);
    // OAuth install: each workspace's installation (and token) lives in the shared store (SQLite or PostgreSQL).
    const installations = settings.oauth ? store.installations : undefined;
    const adapter = createSlackAdapter({
      bot,
      settings,
      log,
      subscriptions: weekly.commandsFor("slack"),
      conversations,
      recentKeys,
      host: config.HOST,
      routes: healthRoutes(ops.handler),
      installations,
      drainMs: config.SHUTDOWN_DRAIN_MS,
    });
    const watch = watchSlack(adapter.app, settings.connection.mode, ops);
    onStop("slack", (ms) => adapter.stop(ms));
    await adapter.start();
    watch.started();
    return { poster: slackPosterFor(settings, log, store.installations) };
  },
  async poster(settings, { log, store }) {
    const { slackPosterFor } = await import("./poster");
    return slackPosterFor(settings, log, store.installations);
  },
});
