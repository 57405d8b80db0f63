import type { MessageMentionOptions } from "discord.js";

/** Echoed user text pings nobody: no @everyone, roles, users, nor the replied-to author. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };
