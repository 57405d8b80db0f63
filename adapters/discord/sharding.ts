import { fileURLToPath } from "node:url";
import { Routes, type Shard, ShardingManager } from "discord.js";
import type { Logger } from "../../src/logger";
import type { PlatformContext } from "../../src/platform";
import { createDiscordRest } from "./poster";
import type { DiscordSettings } from "./settings";

/** A shard process exits with this when its gateway closed for good (wrong token...): respawning cannot help. */
export const SHARD_FATAL_EXIT_CODE = 78;
/** The CLI command a shard process runs. */
export const SHARD_COMMAND = "discord-shard";
/** The launcher: it runs dist/ when fresh, else the sources through tsx, in the process it is forked as. */
const LAUNCHER = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));

/** `auto`: the count Discord recommends (GET /gateway/bot, on DISCORD_API_URL like every other call). */
export async function shardCount(settings: DiscordSettings): Promise<number> {
  if (typeof settings.shards === "number") return settings.shards;
  const gateway = (await createDiscordRest(settings.token, settings.apiUrl).get(Routes.gatewayBot())) as {
    shards: number;
  };
  return Math.max(1, gateway.shards);
}

/**
 * DISCORD_SHARDS: this process becomes the sharding manager. It forks one process per shard (`careerbot
 * discord-shard`), each holding its own gateway connection and answering its guilds; it respawns a shard that dies,
 * and reports "discord" ready once every shard is. The weekly posts stay here, in one process, through REST (which
 * needs no gateway), so each channel gets its post once whichever shard holds its guild.
 */
export async function startShards(
  settings: DiscordSettings,
  { log, ops, onStop, fatal }: Pick<PlatformContext, "log" | "ops" | "onStop" | "fatal">,
  { spawnDelayMs = 5_500, readyTimeoutMs = 60_000 } = {},
): Promise<ShardingManager> {
  const discordLog = log.child({ adapter: "discord" });
  const total = await shardCount(settings);
  const manager = new ShardingManager(LAUNCHER, {
    token: settings.token,
    totalShards: total,
    shardArgs: [SHARD_COMMAND],
    // The V8 flags this process got from bin/careerbot (discord.js passes none unless told).
    execArgv: process.execArgv,
    mode: "process",
    respawn: true,
  });
  let stopping = false;
  manager.on("shardCreate", (shard: Shard) => {
    discordLog.info({ shardId: shard.id, shards: total }, "discord shard spawned");
    shard.on("ready", () => discordLog.info({ shardId: shard.id }, "discord shard ready"));
    shard.on("death", (child) => {
      const exitCode = "exitCode" in child ? child.exitCode : undefined;
      // A process ended by a signal has no exit code: the signal says what ended it.
      const signal = "signalCode" in child ? child.signalCode : undefined;
      if (stopping) return;
      if (exitCode === SHARD_FATAL_EXIT_CODE) {
        discordLog.error({ shardId: shard.id, exitCode }, "discord shard closed for good: stopping");
        fatal(`discord shard ${shard.id} closed for good`);
        return;
      }
      discordLog.warn({ shardId: shard.id, exitCode, signal }, "discord shard process exited; respawning");
    });
  });
  ops.readiness.add("discord", () => {
    const shards = [...manager.shards.values()];
    const notReady = shards.filter((s) => !s.ready).map((s) => s.id);
    if (shards.length < total || notReady.length > 0)
      return { ok: false, reason: `shards not ready: ${notReady.length + total - shards.length} of ${total}` };
    return { ok: true };
  });
  onStop("discord shards", (ms) => {
    stopping = true;
    return stopShards(manager, ms, discordLog);
  });
  // Discord lets a bot identify once every 5 s (max_concurrency 1): shards are spawned that far apart.
  await manager.spawn({ amount: total, delay: spawnDelayMs, timeout: readyTimeoutMs });
  discordLog.info({ shards: total }, "discord shards ready");
  return manager;
}

/** SIGTERM to every shard (each stops its gateway connection and database), waiting up to `timeoutMs`. */
async function stopShards(manager: ShardingManager, timeoutMs: number, log: Logger): Promise<void> {
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    shard.kill();
    return exited;
  });
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    Promise.all(exits).then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (!done) log.warn({ timeoutMs }, "discord shards still running at the shutdown deadline");
}
