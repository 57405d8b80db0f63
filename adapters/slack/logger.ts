import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/logger";

type PinoLevel = "debug" | "info" | "warn" | "error";

/**
 * Bolt's and the Web API client's debug lines print request bodies and URLs: `oauth.v2.access` carries the client
 * secret and the one-time OAuth `code`, the authorize URL the `state`, and answers carry tokens. Secrets, tokens,
 * codes and states are cut out of every line before it reaches pino.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/xox[a-z]-[A-Za-z0-9-]+/g, "[redacted token]")
    .replace(
      /("?(?:client_secret|token|access_token|refresh_token|bot_token|state_secret|\bcode|\bstate)"?\s*[:=]\s*)("[^"]*"|[^\s,&}]+)/gi,
      '$1"[redacted]"',
    );
}

/** A request URL for a log line: the query's `code` and `state` (an OAuth redirect's) replaced, the rest kept. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&](?:code|state)=)[^&#]*/gi, "$1[redacted]");
}

/** Bolt's logger interface on top of pino, so Bolt's own lines are structured like ours (and cost nothing when off). */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const forward =
    (pinoLevel: PinoLevel) =>
    (...parts: unknown[]) => {
      if (!log.isLevelEnabled(pinoLevel)) return;
      const err = parts.find((p) => p instanceof Error);
      const text = scrubSecrets(
        parts
          .filter((p) => !(p instanceof Error))
          .map(String)
          .join(" "),
      );
      log[pinoLevel]({ bolt: true, ...(err ? { err } : {}) }, text);
    };
  return {
    debug: forward("debug"),
    info: forward("info"),
    warn: forward("warn"),
    error: forward("error"),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
