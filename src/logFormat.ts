/** `auto`: readable lines when stderr is a terminal, JSON otherwise (files, pipes, containers, journald). */
export const LOG_FORMATS = ["auto", "json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The format actually used: `auto` becomes `pretty` on a terminal and `json` anywhere else. */
export function resolveLogFormat(format: string | undefined, stderrIsTty = Boolean(process.stderr.isTTY)) {
  if (format === "json" || format === "pretty") return format;
  return stderrIsTty ? "pretty" : "json";
}
