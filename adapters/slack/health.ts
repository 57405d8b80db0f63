import type { EventEmitter } from "node:events";
import type { App, CustomRoute, ReceiverEvent } from "@slack/bolt";
import type { OpsHooks } from "../../src/ops";
import type { SlackTokenCheck } from "./tokenCheck";

/**
 * What Slack's public port serves besides Slack's own paths: `/healthz` alone (a load balancer's liveness check).
 * `/readyz` (which names the database and the adapters' states) and `/metrics` stay on HEALTH_PORT, off the port
 * the internet reaches.
 */
export const PUBLIC_HEALTH_PATHS = ["/healthz"] as const;

/**
 * `/healthz` as a custom route of the Slack receiver, on Slack's HTTP port. The handler's promise is returned so the
 * receiver counts a probe as in flight until it is answered.
 */
export function healthRoutes(handler: OpsHooks["handler"]): CustomRoute[] {
  return PUBLIC_HEALTH_PATHS.map((path) => ({
    path,
    method: ["GET", "HEAD"],
    handler: (req, res) =>
      handler(req, res).then(
        () => undefined,
        () => {
          if (!res.headersSent) res.writeHead(500);
          res.end();
        },
      ),
  }));
}

function kindOf(body: Record<string, unknown>): string {
  if (typeof body.command === "string") return "command";
  if (body.type === "event_callback") return "event";
  if (body.type === "block_actions") return "action";
  return typeof body.type === "string" ? body.type : "other";
}

/**
 * Readiness and metrics for the Slack adapter, attached before it starts: "slack" is ready once start() resolved
 * (HTTP mode: the port listens; Socket Mode: the socket is open), while auth.test accepts the bot token and, in
 * Socket Mode, while the socket stays connected. Every acknowledgement is timed from the moment Bolt hands the request over.
 */
export function watchSlack(
  app: App,
  mode: "http" | "socket",
  { readiness, metrics }: OpsHooks,
  token?: SlackTokenCheck,
): { started(): void } {
  let state = mode === "http" ? "starting" : "connecting";
  // Connected is not enough: Slack must accept the bot token too (auth.test, asked again every minute or so).
  readiness.add("slack", () =>
    state !== "ok" ? { ok: false, reason: state } : (token?.readiness() ?? { ok: true as const }),
  );

  // The receiver calls app.processEvent for every request; its ack is wrapped to time it.
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const stop = metrics.slackAckSeconds.startTimer({ kind: kindOf(event.body as Record<string, unknown>) });
    const ack = event.ack;
    return processEvent({
      ...event,
      ack: async (response) => {
        try {
          return await ack(response);
        } finally {
          stop();
        }
      },
    });
  };

  // Socket Mode: Bolt keeps its SocketModeClient on the (private) receiver.
  const socket = (app as unknown as { receiver?: { client?: EventEmitter } }).receiver?.client;
  if (mode === "socket" && socket && typeof socket.on === "function") {
    socket.on("connected", () => {
      state = "ok";
    });
    socket.on("reconnecting", () => {
      state = "socket reconnecting";
      metrics.gatewayReconnects.inc({ platform: "slack" });
    });
    socket.on("disconnected", () => {
      state = "socket disconnected";
    });
  }
  return {
    started() {
      if (mode === "http" || state === "connecting") state = "ok";
    },
  };
}
