import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";

/** `auto`: readable lines when stderr is a terminal, JSON otherwise (files, pipes, containers, journald). */
export const LOG_FORMATS = ["auto", "json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The format actually used: `auto` becomes `pretty` on a terminal and `json` anywhere else. */
export function resolveLogFormat(format: string | undefined, stderrIsTty = Boolean(process.stderr.isTTY)) {
  if (format === "json" || format === "pretty") return format;
  return stderrIsTty ? "pretty" : "json";
}

const REDACT = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * Structured logs on stderr, so stdout stays clean for answers: JSON, or readable lines in a terminal
 * (pino-pretty, synchronous, loaded only then). Secrets are redacted wherever they appear, in either format.
 */
export function createLogger(
  level = process.env.LOG_LEVEL ?? "info",
  format: string | undefined = process.env.LOG_FORMAT,
  destination?: DestinationStream,
): Logger {
  const options = { name: "careerbot", level, redact: { paths: REDACT, censor: "[redacted]" } };
  if (resolveLogFormat(format) === "pretty") {
    const pretty = createRequire(import.meta.url)("pino-pretty") as typeof import("pino-pretty");
    const stream = pretty({
      destination: destination ?? 2,
      sync: true,
      colorize: destination === undefined && Boolean(process.stderr.isTTY),
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname,name",
    });
    return pino(options, stream);
  }
  return pino(options, destination ?? pino.destination(2));
}

export type { Logger };
