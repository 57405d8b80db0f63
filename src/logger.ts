import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import { resolveLogFormat } from "./logFormat";

// Kept apart so the configuration (and `careerbot ask`) can name the formats without loading pino.
export { LOG_FORMATS, type LogFormat, resolveLogFormat } from "./logFormat";

const REDACT = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "clientSecret",
  "*.clientSecret",
  "client_secret",
  "*.client_secret",
  "stateSecret",
  "*.stateSecret",
  "access_token",
  "*.access_token",
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
