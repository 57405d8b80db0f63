import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/logger";

/** Bolt's logger interface on top of pino, so Bolt's own lines are structured like ours. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: (...msg) => log.debug({ bolt: true }, msg.map(String).join(" ")),
    info: (...msg) => log.info({ bolt: true }, msg.map(String).join(" ")),
    warn: (...msg) => log.warn({ bolt: true }, msg.map(String).join(" ")),
    error: (...msg) => log.error({ bolt: true }, msg.map(String).join(" ")),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
