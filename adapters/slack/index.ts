import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, type CustomRoute, type ReceiverEvent } from "@slack/bolt";
import { InstallProvider } from "@slack/oauth";
import type { CareerBot } from "../../src/bot";
import { createSalaryCharts, prewarmSalaryCharts, type SalaryCharts } from "../../src/chart";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import type { Feedback } from "../../src/feedback/feedback";
import type { Logger } from "../../src/logger";
import { RateLimitedLog } from "../../src/rateLimitedLog";
import { RecentKeys } from "../../src/recentKeys";
import type { InstallationStore } from "../../src/store/installations";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { ChartImages, type SlackCharts } from "./chart";
import { slackClientOptions } from "./client";
import { forgetInstaller, registerUninstall, slackInstallationStore } from "./installations";
import { appMentionListener } from "./listeners/app-mention";
import { careerCommandListener } from "./listeners/career-command";
import { directMessageListener } from "./listeners/direct-message";
import { feedbackActionListener } from "./listeners/feedback-action";
import { followUpActionListener } from "./listeners/follow-up-action";
import { routeSlackRequests } from "./listeners/router";
import { shareActionListener } from "./listeners/share-action";
import { boltLogger } from "./logger";
import { memoryStateClaims, SingleUseStateStore, type StateClaims } from "./oauthState";
import { GuardedReceiver, type ReceiverOAuth } from "./receiver";
import { SLACK_BOT_SCOPES } from "./scopes";
import type { SlackSettings } from "./settings";
import { slackSubscriptionSubcommands } from "./subscriptions";
import { SlackTokenCheck, tokenCheckClient } from "./tokenCheck";

export interface SlackAdapter {
  app: App;
  /** One workspace (SLACK_BOT_TOKEN): its token's auth.test verdict, which Bolt authorizes every request through. */
  tokenCheck?: SlackTokenCheck;
  /** Starts listening; in HTTP mode resolves to the port in use. */
  start(): Promise<{ port?: number }>;
  /** HTTP mode: stops accepting, finishes requests in flight (up to `timeoutMs`), closes every connection. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface SlackAdapterOptions {
  bot: CareerBot;
  settings: SlackSettings;
  log: Logger;
  /** Enables `/career subscribe|unsubscribe|subscriptions`. */
  subscriptions?: SubscriptionCommands;
  /** Interface to listen on in HTTP mode; tests use 127.0.0.1. */
  host?: string;
  /** Tests pass 0 retries so a fake API error does not hang. */
  retries?: number;
  /** HTTP mode: routes served beside /slack/events (health, readiness, metrics); default a bare GET /healthz. */
  routes?: CustomRoute[];
  /** Salary charts for answers that ask for one; one is made from the bot's data when not given. */
  charts?: SalaryCharts;
  /** Where conversations are kept; in memory (lost on restart) when not given. */
  conversations?: Conversations;
  /** OAuth mode (settings.oauth): where each workspace's installation is kept. Required then. */
  installations?: InstallationStore;
  /** De-duplication of retried events; shared by replicas when backed by the store, else in this process only. */
  recentKeys?: RecentKeys;
  /** HTTP mode: at stop, how long requests keep being read and answered (SHUTDOWN_DRAIN_MS); see GuardedReceiver. */
  drainMs?: number;
  /** Ratings: with it, answers carry 👍/👎 buttons and are recorded (src/feedback); without it, neither. */
  feedback?: Feedback;
  /**
   * OAuth mode: where used install states are claimed (the store's seen_events, shared by replicas); in this
   * process's memory when not given.
   */
  oauthStates?: StateClaims;
}

/** Bounded: a Web API call in a listener answers or fails within about 11 s (5 s timeout, one quick retry). */
function listenerClientOptions() {
  return { timeout: 5_000, retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1_000 } };
}

export function createSlackAdapter({
  bot,
  settings,
  log,
  subscriptions,
  host,
  retries,
  routes,
  charts: salaryCharts,
  conversations,
  installations,
  recentKeys,
  drainMs,
  feedback,
  oauthStates,
}: SlackAdapterOptions): SlackAdapter {
  const slackLog = log.child({ adapter: "slack" });
  conversations ??= new Conversations(bot, new MemoryConversationStore(), slackLog);
  salaryCharts ??= createSalaryCharts(bot.data, {
    onRender: (roleIds, ms) => slackLog.debug({ roles: roleIds.length, ms: Math.round(ms) }, "salary chart rendered"),
  });
  const connection = settings.connection;
  // Chart images need a public URL and the HTTP receiver to serve them from.
  const images =
    connection.mode === "http" && settings.publicUrl && settings.signingSecret
      ? new ChartImages(settings.publicUrl, settings.signingSecret, salaryCharts)
      : undefined;
  if (settings.publicUrl && !images) slackLog.warn("PUBLIC_URL is used in HTTP mode only; ignored in Socket Mode");
  const charts: SlackCharts = { charts: salaryCharts, log: slackLog, images };
  prewarmSalaryCharts(salaryCharts, (error) => slackLog.warn({ err: error }, "salary chart prewarm failed"));
  if (settings.oauth && connection.mode !== "http") throw new Error("Slack OAuth install needs HTTP mode");
  if (settings.oauth && !installations) throw new Error("Slack OAuth install needs an installation store");
  const oauth =
    settings.oauth && installations
      ? oauthInstaller(settings, installations, slackLog, oauthStates ?? memoryStateClaims(), retries)
      : undefined;
  // An installation stored before installers stopped being kept may name the person: their "forget me" clears it.
  if (oauth && installations) conversations.alsoForget(forgetInstaller(installations));
  const receiver =
    connection.mode === "http"
      ? new GuardedReceiver({
          signingSecret: settings.signingSecret ?? "",
          log: slackLog,
          boltLogger: boltLogger(slackLog),
          oauth,
          drainMs,
          customRoutes: [
            ...(routes ?? [
              {
                path: "/healthz",
                method: ["GET"],
                handler: (_req, res) => {
                  res.writeHead(200, { "content-type": "text/plain" });
                  res.end("ok");
                },
              },
            ]),
            ...(images ? [images.route(slackLog)] : []),
          ],
        })
      : undefined;
  // One workspace: requests are authorized through our own auth.test verdict rather than Bolt's `token` option,
  // whose start-up auth.test rejects unhandled when Slack refuses the token (and the bot then looked healthy).
  const tokenCheck =
    !settings.oauth && settings.botToken
      ? new SlackTokenCheck(tokenCheckClient(settings.apiUrl, retries), settings.botToken)
      : undefined;
  const app = new App({
    // OAuth mode: no token; Bolt authorizes each request through the receiver's installer (the workspace's token).
    ...(tokenCheck ? { authorize: () => tokenCheck.identity() } : {}),
    logger: boltLogger(slackLog),
    // Conversations are kept by careerbot's own store (src/conversation), not Bolt's.
    convoStore: false,
    // The router filters out the bot's own events itself (see routeSlackRequests): one middleware less a request.
    ignoreSelf: false,
    // Listener calls (share, users.info) fail within seconds rather than retrying for half an hour.
    clientOptions: { ...listenerClientOptions(), ...slackClientOptions(settings.apiUrl, retries) },
    ...(connection.mode === "socket"
      ? {
          socketMode: true,
          appToken: connection.appToken,
          // The Socket Mode client opens its connection through apps.connections.open on the same Web API.
          installerOptions: { clientOptions: slackClientOptions(settings.apiUrl, retries) },
        }
      : { receiver }),
  });
  if (tokenCheck) answerWhileTokenRefused(app, tokenCheck);
  const recent = recentKeys ?? new RecentKeys();
  const subcommands = subscriptions
    ? slackSubscriptionSubcommands(subscriptions, settings.adminUserIds, Boolean(oauth))
    : {};
  if (oauth && installations) registerUninstall(app, installations, subscriptions, slackLog, conversations.store);
  routeSlackRequests(app, {
    command: careerCommandListener(conversations, recent, subcommands, charts, feedback),
    share: shareActionListener(bot, recent, charts),
    followUp: followUpActionListener(conversations, recent, charts, feedback),
    feedback: feedback && feedbackActionListener(feedback, recent),
    mention: appMentionListener(conversations, recent, charts, feedback),
    directMessage: directMessageListener(conversations, recent, feedback),
  });
  app.error(async (error) => {
    slackLog.error({ err: error }, "slack listener failed");
  });

  return {
    app,
    tokenCheck,
    async start() {
      if (connection.mode === "socket") {
        await app.start();
        slackLog.info("slack adapter connected (Socket Mode)");
        return {};
      }
      const server = (await app.start({ port: connection.port, host })) as Server;
      const port = (server.address() as AddressInfo).port;
      slackLog.info(
        {
          port,
          path: "/slack/events",
          ...(oauth ? { install: "/slack/install", redirect: "/slack/oauth_redirect" } : {}),
        },
        oauth ? "slack adapter listening (HTTP mode, OAuth install)" : "slack adapter listening (HTTP mode)",
      );
      return { port };
    },
    stop: (timeoutMs) => app.stop(timeoutMs).then(() => undefined),
  };
}

/** What `/career` answers while Slack refuses the bot token (the ack needs no token; everything else does). */
export const TOKEN_REFUSED_TEXT =
  "careerbot cannot answer: Slack rejected its bot token. Whoever runs it can see why at /readyz and must replace SLACK_BOT_TOKEN.";

/**
 * While Slack refuses the token, requests are acknowledged without Bolt (which would fail to authorize and answer an
 * empty 200): a slash command gets a line saying why, anything else a bare ack so Slack does not retry it.
 */
function answerWhileTokenRefused(app: App, tokenCheck: SlackTokenCheck): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    if (tokenCheck.refused() === undefined) return processEvent(event);
    const isCommand = typeof (event.body as { command?: unknown }).command === "string";
    await event.ack(isCommand ? { response_type: "ephemeral", text: TOKEN_REFUSED_TEXT } : undefined);
  };
}

/**
 * Bolt's OAuth installer, as its HTTPReceiver would build it: a direct install link (no landing page), a signed
 * state checked against a browser cookie, `oauth.v2.access` on the same Web API base URL as everything else.
 */
function oauthInstaller(
  settings: SlackSettings,
  installations: InstallationStore,
  log: Logger,
  states: StateClaims,
  retries?: number,
): ReceiverOAuth {
  const oauth = settings.oauth as NonNullable<SlackSettings["oauth"]>;
  // Anyone can send junk to the redirect URL: each refusal is one warn line without a stack, a few a minute at most.
  const refusals = new RateLimitedLog(log, "slack install redirects refused, more than were logged");
  const installer = new InstallProvider({
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateStore: new SingleUseStateStore(oauth.stateSecret, states),
    installationStore: slackInstallationStore(installations, log),
    directInstall: true,
    logger: installerLogger(boltLogger(log)),
    clientOptions: { ...listenerClientOptions(), ...slackClientOptions(settings.apiUrl, retries) },
  });
  const redirectUri = settings.publicUrl ? new URL("/slack/oauth_redirect", settings.publicUrl).toString() : undefined;
  return {
    installer,
    installUrlOptions: { scopes: [...SLACK_BOT_SCOPES], ...(redirectUri ? { redirectUri } : {}) },
    onBadRequest: (reason) => refusals.warn({ reason }, "slack install request refused"),
    callbackOptions: {
      success: (installation, _options, _req, res) => {
        const team = installation.team?.name ?? installation.enterprise?.name ?? "your workspace";
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          `<!doctype html><title>careerbot installed</title><p>careerbot is installed in ${escapeHtml(team)}. Try <code>/career help</code> in Slack.</p>`,
        );
      },
      failure: (error, _options, _req, res) => {
        refusals.warn({ code: error.code, reason: error.message }, "slack install failed");
        res.writeHead(isClientError(error) ? 400 : 500, {
          "content-type": "text/html; charset=utf-8",
        });
        res.end(
          `<!doctype html><title>careerbot not installed</title><p>The install did not complete (${escapeHtml(error.code)}). <a href="/slack/install">Try again</a>.</p>`,
        );
      },
    },
  };
}

/**
 * Install errors caused by the request (a stale, forged or used state, no code, a cancelled install, a code Slack
 * does not know): 400, not 500.
 */
const CLIENT_ERRORS = new Set([
  "slack_oauth_missing_state",
  "slack_oauth_invalid_state",
  "slack_oauth_missing_code",
  "slack_oauth_installer_authorization_error",
]);
const CLIENT_API_ERRORS = new Set(["invalid_code", "code_already_used", "bad_redirect_uri"]);

function isClientError(error: { code: string; data?: { error?: string } }): boolean {
  return CLIENT_ERRORS.has(error.code) || CLIENT_API_ERRORS.has(error.data?.error ?? "");
}

/**
 * The installer logs every failed redirect at error level with its stack before calling the failure callback, which
 * logs it (rate-limited, at warn): its error lines carrying an Error are left to that callback.
 */
function installerLogger(logger: BoltLogger): BoltLogger {
  return {
    ...logger,
    error: (...parts: unknown[]) => {
      if (!parts.some((p) => p instanceof Error)) logger.error(...parts);
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
