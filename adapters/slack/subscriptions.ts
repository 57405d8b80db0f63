import type { webApi } from "@slack/bolt";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { REFUSAL } from "../../src/weekly/subscriptionCommands";
import type { SlackSubcommands } from "./listeners/career-command";

/** Workspace admins and owners, and the ids in SLACK_ADMIN_USER_IDS, may change subscriptions. */
async function isAdmin(client: webApi.WebClient, adminUserIds: readonly string[], userId: string): Promise<boolean> {
  if (adminUserIds.includes(userId)) return true;
  const info = await client.users.info({ user: userId });
  return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
}

/** `/career subscribe`, `/career unsubscribe`, `/career subscriptions`. */
export function slackSubscriptionSubcommands(
  commands: SubscriptionCommands,
  client: webApi.WebClient,
  adminUserIds: readonly string[],
): SlackSubcommands {
  const reply = (text: string) => ({ response_type: "ephemeral" as const, text });
  const guarded =
    (run: (channelId: string, userId: string) => Promise<string>) =>
    async (ctx: { channelId: string; userId: string }) =>
      reply((await isAdmin(client, adminUserIds, ctx.userId)) ? await run(ctx.channelId, ctx.userId) : REFUSAL);
  return {
    subscribe: guarded((channel, user) => commands.subscribe(channel, user)),
    unsubscribe: guarded((channel) => commands.unsubscribe(channel)),
    // Only those who may change subscriptions see every subscribed channel; others learn about this channel.
    subscriptions: async (ctx) =>
      reply(
        (await isAdmin(client, adminUserIds, ctx.userId))
          ? await commands.list()
          : await commands.status(ctx.channelId),
      ),
  };
}
