import { ChannelType, PermissionFlagsBits } from "discord.js";
import { REFUSAL, type SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import type { DiscordSlashCommands } from "./listeners/interaction";
import type { DiscordTextCommands } from "./listeners/message";

const DM_REFUSAL = "Weekly posts go to server channels: ask me in the channel you want to subscribe.";

interface Asker {
  inServer: boolean;
  canManageChannel: boolean;
  channelId: string;
  /** Whether a channel belongs to the asker's server: the list shows only those, as Slack shows one workspace's. */
  inThisServer: (channelId: string) => boolean;
}

/** `subscribe` / `unsubscribe` / `subscriptions`, by mention or slash command; changes need Manage Channels there. */
export function discordSubscriptionCommands(commands: SubscriptionCommands): {
  text: DiscordTextCommands;
  slash: DiscordSlashCommands;
} {
  const guarded: Record<string, (a: Asker) => Promise<string>> = {
    subscribe: (a) => commands.subscribe(a.channelId),
    unsubscribe: (a) => commands.unsubscribe(a.channelId),
  };
  const decide = async (name: string, a: Asker): Promise<string> => {
    const run = guarded[name];
    // Only those who may change subscriptions see every subscribed channel; others learn about this channel.
    if (!run)
      return a.inServer && a.canManageChannel ? commands.list(undefined, a.inThisServer) : commands.status(a.channelId);
    if (!a.inServer) return DM_REFUSAL;
    return a.canManageChannel ? run(a) : REFUSAL;
  };
  const names = [...Object.keys(guarded), "subscriptions"];
  const text: DiscordTextCommands = Object.fromEntries(
    names.map((name) => [
      name,
      async (message) =>
        decide(name, {
          inServer: message.channel.type !== ChannelType.DM,
          canManageChannel:
            message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ?? false,
          channelId: message.channelId,
          inThisServer: (id) => message.guild?.channels.cache.has(id) ?? false,
        }),
    ]),
  );
  const slash: DiscordSlashCommands = Object.fromEntries(
    names.map((name) => [
      name,
      async (interaction) =>
        decide(name, {
          inServer: interaction.inGuild(),
          canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
          channelId: interaction.channelId,
          inThisServer: (id) => interaction.guild?.channels.cache.has(id) ?? false,
        }),
    ]),
  );
  return { text, slash };
}
