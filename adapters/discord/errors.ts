/**
 * A Discord error as log fields (DiscordAPIError for 4xx, HTTPError for 5xx after retries, or any other): its name, message, status, code and method, and the route with any interaction or
 * webhook token masked. Never its request body: a DiscordAPIError carries the whole message it failed to send
 * (`requestBody`: the answer's embed, quoting what the person said about themselves), and pino would log it all.
 */
export function discordErrorFields(error: unknown): { error: Record<string, unknown> } {
  const e = (error ?? {}) as {
    name?: string;
    message?: string;
    status?: number;
    code?: number | string;
    method?: string;
    url?: string;
    stack?: string;
  };
  const fields: Record<string, unknown> = {
    type: e.name ?? typeof error,
    message: typeof e.message === "string" ? e.message : String(error),
  };
  if (e.status !== undefined) fields.status = e.status;
  if (e.code !== undefined) fields.code = e.code;
  if (e.method !== undefined) fields.method = e.method;
  if (typeof e.url === "string") fields.route = maskTokens(e.url);
  // A stack for programming errors only: an API error's stack says nothing more than its status.
  if (e.status === undefined && typeof e.stack === "string") fields.stack = e.stack;
  // Under `error`, not `err`: pino's err serializer would re-add every own property of an Error.
  return { error: fields };
}

/** `/interactions/:id/:token/...` and `/webhooks/:id/:token/...`: the token answers as the bot for 15 minutes. */
function maskTokens(url: string): string {
  return url.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/g, "/$1/$2/***");
}
