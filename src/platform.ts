import type * as z from "zod";
import type { CareerBot } from "./bot";
import type { Config } from "./config";
import { ConfigError } from "./config";
import type { Conversations } from "./conversation/conversations";
import type { Feedback } from "./feedback/feedback";
import type { Logger } from "./logger";
import type { Ops } from "./ops";
import type { RecentKeys } from "./recentKeys";
import type { Store } from "./store";
import type { Weekly } from "./weekly";
import type { ChannelPoster } from "./weekly/poster";

/**
 * What the core gives a platform when it starts: the bot (instrumented for this platform's metrics), logs,
 * configuration, the store, the weekly machinery, health/readiness hooks, and where to register its stop.
 */
export interface PlatformContext {
  bot: CareerBot;
  log: Logger;
  config: Config;
  /** The shared store (SQLite or PostgreSQL): subscriptions, conversations, installations... */
  store: Store;
  weekly: Weekly;
  ops: Ops;
  /** Conversations over the shared store, asking `bot`. */
  conversations: Conversations;
  /** De-duplication of redelivered events, shared by replicas through the store. */
  recentKeys: RecentKeys;
  /** Ratings of answers (👍/👎) and the record of what went unanswered, over the shared store. */
  feedback: Feedback;
  /** Stops run in the order registered, before the weekly scheduler, the health server and the database. */
  onStop(name: string, stop: (timeoutMs: number) => Promise<unknown> | unknown): void;
  /** The platform cannot go on (a gateway closed for good): the bot stops with exit code 1. */
  fatal(reason: string): void;
}

/** A running platform. */
export interface StartedPlatform {
  /** Weekly posts into this platform's channels; none when this process must not post (a non-zero Discord shard). */
  poster?: ChannelPoster;
  /** Whether this process runs the weekly scheduler (default true); a sharded platform runs it in one process. */
  runsScheduler?: boolean;
}

/** A command-line command a platform adds to `careerbot` (e.g. `discord-register`). */
export interface PlatformCommand {
  summary: string;
  usage: string;
  run(): Promise<number>;
}

/**
 * One chat platform, registered in `adapters/index.ts`. The core names no platform: it validates each platform's
 * variables with its schema, starts those that are configured, strips their mention markup from questions, and
 * sends weekly posts through their posters.
 */
export interface PlatformAdapter<S = unknown> {
  /** Also the `platform` column of subscriptions and deliveries, and the prefix of its conversation keys. */
  name: string;
  /** Its environment variables (unset and empty mean the same), validated at start-up with the core's. */
  configSchema: z.ZodObject;
  /**
   * Its settings from the validated variables: undefined when it is not configured; a ConfigError naming the
   * missing variable when it is half-configured.
   */
  settings(env: Record<string, unknown>, config: Config): S | undefined;
  /**
   * Why `id` cannot be one of its channel ids (`careerbot subscriptions add`), or undefined when it can: a typo is
   * refused at once instead of failing every week.
   */
  checkChannelId?(id: string): string | undefined;
  /** Its chat markup for mentions (users, channels, roles, broadcasts), removed from questions. */
  mentionPatterns: readonly RegExp[];
  /** A few words for the start-up log line ("http", "socket+oauth"). */
  describe?(settings: S): string;
  /** Connects (the core awaits it); registers its own stop through `context.onStop`. */
  start(settings: S, context: PlatformContext): Promise<StartedPlatform>;
  /**
   * Settings enough to post (`careerbot trends run-due` needs a token, not a signing secret); default `settings`.
   */
  posterSettings?(env: Record<string, unknown>, config: Config): S | undefined;
  /** Its weekly poster alone, without connecting (for `careerbot trends run-due`). */
  poster(settings: S, context: { log: Logger; store: Store }): Promise<ChannelPoster>;
  /** Extra `careerbot` commands. */
  commands?: Record<string, PlatformCommand>;
}

/** A platform with its settings, as configured in this environment. */
export interface ConfiguredPlatform {
  adapter: PlatformAdapter;
  settings: unknown;
}

/**
 * Validates every platform's variables (all errors at once, named like the core's) and returns the configured
 * ones, in registry order.
 */
export function configuredPlatforms(
  registry: readonly PlatformAdapter[],
  config: Config,
  env: Record<string, unknown> = process.env,
  purpose: "start" | "post" = "start",
): ConfiguredPlatform[] {
  const issues: string[] = [];
  const parsed: { adapter: PlatformAdapter; values: Record<string, unknown> }[] = [];
  for (const adapter of registry) {
    const result = adapter.configSchema.safeParse(env);
    if (result.success) parsed.push({ adapter, values: result.data as Record<string, unknown> });
    else issues.push(...result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`));
  }
  if (issues.length > 0) throw new ConfigError(`Invalid configuration:\n${issues.join("\n")}`);
  return parsed.flatMap(({ adapter, values }) => {
    const settings =
      purpose === "post" && adapter.posterSettings
        ? adapter.posterSettings(values, config)
        : adapter.settings(values, config);
    return settings === undefined ? [] : [{ adapter, settings }];
  });
}

/** Typed registration: keeps an adapter's settings type between its hooks. */
export function definePlatform<S>(adapter: PlatformAdapter<S>): PlatformAdapter {
  return adapter as unknown as PlatformAdapter;
}
