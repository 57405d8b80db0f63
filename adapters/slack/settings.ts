import * as z from "zod";
import { type Config, ConfigError, documented, optional, url } from "../../src/config";
import { parseTokenKey } from "./tokenKey";

/** Slack's variables, validated with the core's at start-up. */
export const slackConfigSchema = z.object({
  SLACK_BOT_TOKEN: documented(
    optional.refine((v) => v === undefined || v.startsWith("xoxb-"), "must start with xoxb-"),
    {
      section: "Slack",
      description: "`xoxb-` bot token of one workspace; switches the Slack adapter on",
      secret: true,
    },
  ),
  SLACK_SIGNING_SECRET: documented(optional, {
    section: "Slack",
    description: "signing secret (Basic Information); required in HTTP mode and with OAuth",
    secret: true,
  }),
  SLACK_APP_TOKEN: documented(
    optional.refine((v) => v === undefined || v.startsWith("xapp-"), "must start with xapp-"),
    {
      section: "Slack",
      description: "`xapp-` app-level token (`connections:write`); switches to Socket Mode",
      secret: true,
    },
  ),
  /** OAuth install into many workspaces (HTTP mode): all three together, instead of SLACK_BOT_TOKEN. */
  SLACK_CLIENT_ID: documented(optional, {
    section: "Slack",
    description:
      "with `SLACK_CLIENT_SECRET` and `SLACK_STATE_SECRET`: install into many workspaces through OAuth (HTTP mode, instead of `SLACK_BOT_TOKEN`)",
  }),
  SLACK_CLIENT_SECRET: documented(optional, {
    section: "Slack",
    description: "the OAuth app's client secret",
    secret: true,
  }),
  SLACK_STATE_SECRET: documented(optional, {
    section: "Slack",
    description: "any long random string (`openssl rand -hex 32`); signs the OAuth install's `state`",
    secret: true,
  }),
  SLACK_TOKEN_KEY: documented(
    optional.refine(
      (v) => v === undefined || parseTokenKey(v) !== undefined,
      "must be 32 random bytes as 64 hex characters (openssl rand -hex 32) or base64",
    ),
    {
      section: "Slack",
      description:
        "OAuth install: encrypts each workspace's tokens in the store (AES-256-GCM), so a copy of the database alone yields no working token; keep it apart from the database and its backups. Set it before the first install, or installations stored in plain text are encrypted when next stored (docs/privacy.md)",
      secret: true,
    },
  ),
  SLACK_API_URL: documented(url, {
    section: "Slack",
    description: "Web API base URL (`clientOptions.slackApiUrl`); tests point it at a local fake",
    defaultNote: "Slack's",
  }),
  SLACK_ADMIN_USER_IDS: documented(
    optional.transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : [])),
    {
      section: "Slack",
      description:
        "comma-separated user ids allowed to manage weekly-post subscriptions, besides workspace admins and owners",
    },
  ),
});
export type SlackEnv = z.infer<typeof slackConfigSchema>;

export type SlackMode = { mode: "http"; port: number } | { mode: "socket"; appToken: string };
/** OAuth install (`/slack/install`, `/slack/oauth_redirect`): each workspace's token comes from the installation store. */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}
export interface SlackSettings {
  /** One workspace: its bot token. Unset with `oauth`. */
  botToken?: string;
  /** Many workspaces, installed through OAuth (HTTP mode only). */
  oauth?: SlackOAuthSettings;
  signingSecret?: string;
  apiUrl?: string;
  adminUserIds: string[];
  connection: SlackMode;
  /** HTTP mode only: the bot's public base URL, for chart images in ephemeral answers (and the OAuth redirect URL). */
  publicUrl?: string;
  /** OAuth install: the key installation tokens are encrypted with at rest (SLACK_TOKEN_KEY), when set. */
  tokenKey?: Buffer;
}

const OAUTH_VARS = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

/** Slack settings when Slack is configured; a half-configured Slack names the missing variable. */
export function slackSettings(env: SlackEnv, config: HttpConfig): SlackSettings | undefined {
  const oauthSet = OAUTH_VARS.filter((k) => env[k]);
  if (oauthSet.length > 0) return slackOAuthSettings(env, config, oauthSet.length);
  if (!env.SLACK_BOT_TOKEN) {
    const stray = (["SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"] as const).find((k) => env[k]);
    if (stray) throw new ConfigError(`SLACK_BOT_TOKEN is required when ${stray} is set`);
    return undefined;
  }
  const base = {
    botToken: env.SLACK_BOT_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    apiUrl: env.SLACK_API_URL,
    adminUserIds: env.SLACK_ADMIN_USER_IDS,
  };
  if (env.SLACK_APP_TOKEN) return { ...base, connection: { mode: "socket", appToken: env.SLACK_APP_TOKEN } };
  if (!env.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  return { ...base, connection: httpConnection(config), publicUrl: config.PUBLIC_URL };
}

type HttpConfig = Pick<Config, "PORT" | "PUBLIC_URL"> & Partial<Pick<Config, "HEALTH_PORT">>;

/**
 * HTTP mode listens on PORT, which the internet reaches; /readyz and /metrics listen on HEALTH_PORT, which it must
 * not, so the two cannot be one port.
 */
function httpConnection(config: HttpConfig): SlackMode {
  if (config.PORT !== 0 && config.PORT === config.HEALTH_PORT)
    throw new ConfigError(
      `HEALTH_PORT must differ from PORT in Slack HTTP mode (both ${config.PORT}): PORT is Slack's public port, and /readyz and /metrics are served on HEALTH_PORT only`,
    );
  return { mode: "http", port: config.PORT };
}

/** Many workspaces: the three OAuth variables together, HTTP mode, and no single bot token. */
function slackOAuthSettings(env: SlackEnv, config: HttpConfig, present: number): SlackSettings {
  if (present < OAUTH_VARS.length) {
    const missing = OAUTH_VARS.find((k) => !env[k]);
    throw new ConfigError(`${missing} is required when ${OAUTH_VARS.filter((k) => env[k]).join(" and ")} is set`);
  }
  if (env.SLACK_BOT_TOKEN)
    throw new ConfigError(
      "SLACK_BOT_TOKEN must be empty with SLACK_CLIENT_ID (OAuth install: each workspace's token comes from its installation)",
    );
  if (env.SLACK_APP_TOKEN)
    throw new ConfigError("SLACK_APP_TOKEN must be empty with SLACK_CLIENT_ID: OAuth install runs in HTTP mode");
  if (!env.SLACK_SIGNING_SECRET) throw new ConfigError("SLACK_SIGNING_SECRET is required when SLACK_CLIENT_ID is set");
  return {
    oauth: {
      clientId: env.SLACK_CLIENT_ID as string,
      clientSecret: env.SLACK_CLIENT_SECRET as string,
      stateSecret: env.SLACK_STATE_SECRET as string,
    },
    signingSecret: env.SLACK_SIGNING_SECRET,
    apiUrl: env.SLACK_API_URL,
    adminUserIds: env.SLACK_ADMIN_USER_IDS,
    connection: httpConnection(config),
    publicUrl: config.PUBLIC_URL,
    ...(env.SLACK_TOKEN_KEY ? { tokenKey: parseTokenKey(env.SLACK_TOKEN_KEY) } : {}),
  };
}
