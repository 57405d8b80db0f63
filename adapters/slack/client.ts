import { webApi } from "@slack/bolt";
import type { Logger } from "../../src/logger";
import { boltLogger } from "./logger";

/** Web API client options: a local base URL for tests (SLACK_API_URL), and retries (0 in tests). */
export function slackClientOptions(apiUrl?: string, retries?: number): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    ...(retries !== undefined ? { retryConfig: { retries } } : {}),
  };
}

export function createSlackClient(botToken: string, apiUrl?: string, retries?: number): webApi.WebClient {
  return new webApi.WebClient(botToken, slackClientOptions(apiUrl, retries));
}

/** Per request: a Web API call that has not answered by then is abandoned. */
export const POSTER_REQUEST_TIMEOUT_MS = 10_000;

/**
 * The weekly poster's client: an explicit request timeout, no retries of its own and 429s thrown rather than
 * queued, so the weekly poster is the one retry layer and a rate-limited channel never pauses the others. Its log
 * lines go to our pino logger (stderr), never to stdout.
 */
export function createSlackPosterClient(
  botToken: string | undefined,
  apiUrl: string | undefined,
  log: Logger,
  timeoutMs = POSTER_REQUEST_TIMEOUT_MS,
): webApi.WebClient {
  return new webApi.WebClient(botToken, {
    ...slackClientOptions(apiUrl, 0),
    timeout: timeoutMs,
    rejectRateLimitedCalls: true,
    logger: boltLogger(log.child({ component: "slack-web-api" })),
  });
}
