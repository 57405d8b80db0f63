/**
 * Conversation keys and user ids, one place for every platform. User ids carry their platform (and Slack team), so
 * "forget me" in one workspace never touches a namesake elsewhere.
 */
export const conversationKeys = {
  slackUser: (team: string, user: string) => `slack:${team}:${user}`,
  /** `/career` and follow-up button clicks: one conversation per person per channel. */
  slackCommand: (team: string, channel: string, user: string) => `slack:${team}:${channel}:${user}`,
  /** A mention and the bot's answer live in a thread: the thread is the conversation, whoever asks in it. */
  slackThread: (team: string, channel: string, threadTs: string) => `slack:${team}:thread:${channel}:${threadTs}`,
  slackDm: (team: string, channel: string) => `slack:${team}:dm:${channel}`,
  discordUser: (user: string) => `discord:${user}`,
  /** Mentions, DMs, `/career` and button clicks: one conversation per person per channel. */
  discordChannel: (channel: string, user: string) => `discord:${channel}:${user}`,
  /** A bot answer's message id, so a reply to it continues that answer's conversation. */
  discordMessage: (messageId: string) => `discord:msg:${messageId}`,
};
