/** The bot scopes the OAuth install asks for: the same as `manifest.json` (a test keeps them in step). */
export const SLACK_BOT_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "app_mentions:read",
  "users:read",
  "channels:history",
  "im:history",
  "files:write",
] as const;
