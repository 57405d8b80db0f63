/**
 * Conversation keys and user ids, one place for every platform. User ids carry their platform (and Slack team), so
 * "forget me" in one workspace never touches a namesake elsewhere. Platform ids never contain ":".
 */
export const conversationKeys = {
  /** A person, and the key of their profile (what they said about themselves), which follows them across channels. */
  slackUser: (team: string, user: string) => `slack:${team}:${user}`,
  /** `/career` and follow-up button clicks: one conversation per person per channel. */
  slackCommand: (team: string, channel: string, user: string) => `slack:${team}:${channel}:${user}`,
  /** A mention and the bot's answer live in a thread: the thread is the conversation, whoever asks in it. */
  slackThread: (team: string, channel: string, threadTs: string) => `slack:${team}:thread:${channel}:${threadTs}`,
  slackDm: (team: string, channel: string) => `slack:${team}:dm:${channel}`,
  /** Every conversation key and user id of a Slack workspace starts with this (an uninstall deletes them all). */
  slackTeam: (team: string) => `slack:${team}:`,
  discordUser: (user: string) => `discord:${user}`,
  /** Mentions, DMs, `/career` and button clicks: one conversation per person per channel. */
  discordChannel: (channel: string, user: string) => `discord:${channel}:${user}`,
  /** A bot answer's message id, so a reply to it (in the same channel) continues that answer's conversation. */
  discordMessage: (channel: string, messageId: string) => `discord:msg:${channel}:${messageId}`,
};

/**
 * The person a conversation key was made for (`slackCommand`, `discordChannel`): their "forget me" ends it even when
 * others joined it (a Discord reply to their answer), because the key itself names them. Undefined for a shared
 * conversation (a thread, a DM channel) and for keys of other shapes.
 */
export function ownerOf(key: string): string | undefined {
  const parts = key.split(":");
  if (parts[0] === "slack" && parts.length === 4 && parts[2] !== "thread" && parts[2] !== "dm")
    return conversationKeys.slackUser(parts[1] as string, parts[3] as string);
  if (parts[0] === "discord" && parts.length === 3 && parts[1] !== "msg")
    return conversationKeys.discordUser(parts[2] as string);
  return undefined;
}
