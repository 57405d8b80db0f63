import type { webApi } from "@slack/bolt";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { REFUSAL } from "../../src/weekly/subscriptionCommands";
import { channelKey } from "./installations";
import type { SlackSubcommands, SubcommandContext } from "./listeners/career-command";

/** Workspace admins and owners, and the ids in SLACK_ADMIN_USER_IDS, may change subscriptions. */
async function isAdmin(client: webApi.WebClient, adminUserIds: readonly string[], userId: string): Promise<boolean> {
  if (adminUserIds.includes(userId)) return true;
  const info = await client.users.info({ user: userId });
  return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
}

/**
 * `/career subscribe`, `/career unsubscribe`, `/career subscriptions`. With `multiWorkspace` (OAuth install) a
 * channel is kept as `team:channel`, and each workspace sees only its own channels; permission checks use the
 * client authorized for the request's workspace.
 */
export function slackSubscriptionSubcommands(
  commands: SubscriptionCommands,
  adminUserIds: readonly string[],
  multiWorkspace = false,
): SlackSubcommands {
  const reply = (text: string) => ({ response_type: "ephemeral" as const, text });
  const scopeOf = (ctx: SubcommandContext) => (multiWorkspace ? (ctx.installId ?? ctx.teamId) : undefined);
  const keyOf = (ctx: SubcommandContext) => channelKey(scopeOf(ctx), ctx.channelId);
  const guarded = (run: (ctx: SubcommandContext) => Promise<string>) => async (ctx: SubcommandContext) =>
    reply((await isAdmin(ctx.client, adminUserIds, ctx.userId)) ? await run(ctx) : REFUSAL);
  return {
    subscribe: guarded((ctx) => commands.subscribe(keyOf(ctx))),
    unsubscribe: guarded((ctx) => commands.unsubscribe(keyOf(ctx))),
    // Only those who may change subscriptions see every subscribed channel; others learn about this channel.
    subscriptions: async (ctx) =>
      reply(
        (await isAdmin(ctx.client, adminUserIds, ctx.userId))
          ? await commands.list(scopeOf(ctx))
          : await commands.status(keyOf(ctx)),
      ),
  };
}
