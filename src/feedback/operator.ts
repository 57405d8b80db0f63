import { type Config, ConfigError, REPORT_CHANNEL_PATTERN } from "../config";
import type { CareerData } from "../data/schema";
import type { PlatformAdapter } from "../platform";
import type { FeedbackStore } from "../store/feedback";
import type { OperatorPost } from "../weekly/poster";
import { buildReport, reportAnswer } from "./report";

/** The week the weekly operator report covers: the 7 days before its slot. */
const REPORT_PERIOD_MS = 7 * 86_400_000;

/** REPORT_CHANNEL as a platform and a channel id; undefined when unset. */
export function reportChannelOf(
  config: Pick<Config, "REPORT_CHANNEL">,
): { platform: string; channelId: string } | undefined {
  const match = config.REPORT_CHANNEL ? REPORT_CHANNEL_PATTERN.exec(config.REPORT_CHANNEL) : null;
  return match?.[1] && match[2] ? { platform: match[1], channelId: match[2] } : undefined;
}

/**
 * Refuses a REPORT_CHANNEL whose platform is not registered or whose channel id that platform would refuse, naming
 * the variable: a typo fails at start instead of every week.
 */
export function checkReportChannel(config: Pick<Config, "REPORT_CHANNEL">, registry: readonly PlatformAdapter[]): void {
  const target = reportChannelOf(config);
  if (!target) return;
  const platform = registry.find((p) => p.name === target.platform);
  const why = !platform
    ? `unknown platform "${target.platform}" (use ${registry.map((p) => p.name).join(" or ")})`
    : platform.checkChannelId?.(target.channelId) &&
      `"${target.channelId}" is not a ${platform.name} channel id: ${platform.checkChannelId?.(target.channelId)}`;
  if (why) throw new ConfigError(`Invalid configuration:\n  REPORT_CHANNEL: "${config.REPORT_CHANNEL}": ${why}`);
}

/** The weekly operator report as a weekly delivery (src/weekly/poster.ts), when REPORT_CHANNEL is set. */
export function operatorReport(
  store: FeedbackStore,
  data: CareerData,
  config: Pick<Config, "REPORT_CHANNEL" | "FEEDBACK_KEEP_TEXT">,
): OperatorPost | undefined {
  const target = reportChannelOf(config);
  if (!target) return undefined;
  return {
    ...target,
    async build(week, now) {
      const report = await buildReport(store, data, {
        since: new Date(now.getTime() - REPORT_PERIOD_MS),
        until: now,
        textsKept: config.FEEDBACK_KEEP_TEXT,
      });
      return reportAnswer(report, week);
    },
  };
}
