import pino, { type Logger } from "pino";

/** Structured JSON logs on stderr, so stdout stays clean for answers. Secrets are redacted wherever they appear. */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      name: "careerbot",
      level,
      redact: {
        paths: [
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
        ],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}

export type { Logger };
