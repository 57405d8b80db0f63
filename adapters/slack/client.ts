import { webApi } from "@slack/bolt";

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
