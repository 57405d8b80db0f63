import { type Client, Events, Status } from "discord.js";
import type { OpsHooks } from "../../src/ops";
import { FATAL_CLOSE_CODES } from ".";

/**
 * Readiness and metrics for the Discord adapter: "discord" is ready while the client is logged in and every shard's
 * gateway connection is READY (not connecting, resuming or closed); each reconnection is counted.
 */
export function watchDiscord(client: Client, { readiness, metrics }: OpsHooks): { failed(reason: string): void } {
  // Set once Discord refuses the token or closes the gateway for good: the truth, not "connecting".
  let failure: string | undefined;
  readiness.add("discord", () => {
    if (failure) return { ok: false, reason: failure };
    if (!client.isReady()) return { ok: false, reason: "gateway connecting" };
    const shards = [...client.ws.shards.values()];
    const notReady = shards.find((s) => s.status !== Status.Ready);
    if (shards.length === 0 || notReady)
      return { ok: false, reason: `gateway ${Status[notReady?.status ?? Status.Idle]?.toLowerCase() ?? "down"}` };
    return { ok: true };
  });
  client.on(Events.ShardReconnecting, () => metrics.gatewayReconnects.inc({ platform: "discord" }));
  client.on(Events.ShardDisconnect, (event) => {
    const cause = FATAL_CLOSE_CODES[event.code];
    if (cause) failure = `gateway closed for good (${event.code}): ${cause}`;
  });
  return {
    failed(reason) {
      failure = reason;
    },
  };
}
