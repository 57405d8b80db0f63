import { explainListenError } from "../../src/ops/listen";
import { definePlatform } from "../../src/platform";
import type { Store } from "../../src/store";
import { type SlackEnv, type SlackSettings, slackConfigSchema, slackSettings } from "./settings";
import { parseTokenKey } from "./tokenKey";

/** The store's installations as the Slack adapter reads and writes them: tokens encrypted when SLACK_TOKEN_KEY is set. */
async function slackInstallations(store: Pick<Store, "installations">, settings: SlackSettings) {
  const { encryptedInstallations } = await import("./tokenCipher");
  return encryptedInstallations(store.installations, settings.tokenKey);
}

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
        ...(env.SLACK_TOKEN_KEY ? { tokenKey: parseTokenKey(env.SLACK_TOKEN_KEY) } : {}),
      };
    return undefined;
  },
  // C... (public), G... (private), D... (DM); with an OAuth install, TEAM:CHANNEL (T0123:C0456).
  checkChannelId: (id) =>
    /^(T[A-Z0-9]+:)?[CGD][A-Z0-9]+$/.test(id)
      ? undefined
      : "a Slack channel id looks like C0123ABCD (right-click the channel, Copy link: the last part), or T0123:C0456 with an OAuth install",
  mentionPatterns: [/<[@#!][^>]*>/],
  describe: (s) => `${s.connection.mode}${s.oauth ? "+oauth" : ""}`,
  async start(settings, { bot, log, config, store, weekly, ops, conversations, recentKeys, feedback, onStop }) {
    const [{ createSlackAdapter }, { healthRoutes, watchSlack }, { slackPosterFor }, tokens, { botTokenLookup }] =
      await Promise.all([
        import("."),
        import("./health"),
        import("./poster"),
        import("./tokenCheck"),
        import("./installations"),
      ]);
    // OAuth install: each workspace's installation (and token) lives in the shared store (SQLite or PostgreSQL), its
    // tokens encrypted with SLACK_TOKEN_KEY when set.
    const installations = settings.oauth ? await slackInstallations(store, settings) : undefined;
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
      feedback,
      // Used install states are claimed in the store, so a replayed redirect is refused by every replica.
      oauthStates: store.seenEvents,
    });
    const watch = watchSlack(adapter.app, settings.connection.mode, ops, adapter.tokenCheck);
    onStop("slack", (ms) => adapter.stop(ms));
    await adapter.start().catch((error) => {
      throw settings.connection.mode === "http"
        ? explainListenError(error, "PORT", settings.connection.port, config.HOST)
        : error;
    });
    watch.started();
    const slackLog = log.child({ adapter: "slack" });
    if (adapter.tokenCheck) {
      const verdict = await adapter.tokenCheck.verify();
      if (verdict.state === "rejected") {
        // Restarting would not help, so the bot stays up and says so on /readyz; no weekly posts with a dead token.
        slackLog.error(
          { error: verdict.error },
          `Slack rejected SLACK_BOT_TOKEN (auth.test: ${verdict.error}): not ready until the token is replaced and the bot restarted`,
        );
        return {};
      }
      if (verdict.state === "unknown")
        slackLog.warn({ error: verdict.error }, "auth.test did not answer: not ready until it does");
    }
    if (settings.oauth) {
      // Each workspace's token: the count Slack refuses shows under /readyz warnings, and in the log.
      const tokenOf = botTokenLookup(await slackInstallations(store, settings));
      const check = new tokens.InstallationTokensCheck(tokens.tokenCheckClient(settings.apiUrl), async () =>
        Promise.all(
          (await store.installations.listInstallations("slack")).map(async ({ installId }) => ({
            installId,
            token: await tokenOf(installId),
          })),
        ),
      );
      ops.readiness.warn("slack", () => check.warning());
      void check
        .refresh()
        .then(({ installed, rejected }) => {
          if (rejected.length > 0)
            slackLog.warn(
              { installed, rejected: rejected.map((r) => `${r.installId} (${r.error})`) },
              "slack workspaces whose bot token auth.test rejects",
            );
        })
        .catch((error: Error) => slackLog.warn({ err: error.message }, "slack installation token check failed"));
    }
    return { poster: slackPosterFor(settings, log, await slackInstallations(store, settings)) };
  },
  async poster(settings, { log, store }) {
    const { slackPosterFor } = await import("./poster");
    return slackPosterFor(settings, log, await slackInstallations(store, settings));
  },
});
