import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute } from "@slack/bolt";
import type { CareerBot } from "../../src/bot";
import type { SlackSettings } from "../../src/config";
import type { Logger } from "../../src/logger";
import { RecentKeys } from "../../src/recentKeys";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { slackClientOptions } from "./client";
import { registerAppMention } from "./listeners/app-mention";
import { registerCareerCommand } from "./listeners/career-command";
import { registerShareAction } from "./listeners/share-action";
import { boltLogger } from "./logger";
import { slackSubscriptionSubcommands } from "./subscriptions";

export interface SlackAdapter {
  app: App;
  /** Starts listening; in HTTP mode resolves to the port in use. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
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
}

export function createSlackAdapter({
  bot,
  settings,
  log,
  subscriptions,
  host,
  retries,
  routes,
}: SlackAdapterOptions): SlackAdapter {
  const slackLog = log.child({ adapter: "slack" });
  const connection = settings.connection;
  const app = new App({
    token: settings.botToken,
    logger: boltLogger(slackLog),
    // Every answer stands alone: no per-conversation state to keep.
    convoStore: false,
    clientOptions: slackClientOptions(settings.apiUrl, retries),
    ...(connection.mode === "socket"
      ? {
          socketMode: true,
          appToken: connection.appToken,
          // The Socket Mode client opens its connection through apps.connections.open on the same Web API.
          installerOptions: { clientOptions: slackClientOptions(settings.apiUrl, retries) },
        }
      : {
          signingSecret: settings.signingSecret,
          customRoutes: routes ?? [
            {
              path: "/healthz",
              method: ["GET"],
              handler: (_req, res) => {
                res.writeHead(200, { "content-type": "text/plain" });
                res.end("ok");
              },
            },
          ],
        }),
  });
  const recent = new RecentKeys();
  const subcommands = subscriptions
    ? slackSubscriptionSubcommands(subscriptions, app.client, settings.adminUserIds)
    : {};
  registerCareerCommand(app, bot, recent, subcommands);
  registerShareAction(app, bot, recent);
  registerAppMention(app, bot, recent);
  app.error(async (error) => {
    slackLog.error({ err: error }, "slack listener failed");
  });

  return {
    app,
    async start() {
      if (connection.mode === "socket") {
        await app.start();
        slackLog.info("slack adapter connected (Socket Mode)");
        return {};
      }
      const server = (await app.start({ port: connection.port, host })) as Server;
      const port = (server.address() as AddressInfo).port;
      slackLog.info({ port, path: "/slack/events" }, "slack adapter listening (HTTP mode)");
      return { port };
    },
    stop: () => app.stop().then(() => undefined),
  };
}
