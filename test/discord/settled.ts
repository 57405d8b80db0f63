import { BOT_ID, DM_CHANNEL_ID, type RestCall, type startFakeDiscord, USER_ID } from "../fakes/discord";
import { until } from "../helpers";

type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/**
 * Waits, with no fixed sleep, until everything dispatched to a channel so far has been handled: a marker question
 * goes after it, from `authorId` (so it queues behind that person's conversation), and its reply is awaited. Events
 * reach the bot in order over one gateway connection and its posts to a channel share one REST queue, so whatever
 * the earlier messages made the bot post is in by then. Resolves with a filter that leaves the marker's reply out.
 */
export async function settle(
  fake: FakeDiscord,
  channelId: string,
  { authorId = USER_ID, guildId }: { authorId?: string; guildId?: string } = {},
): Promise<(call: RestCall) => boolean> {
  const marker =
    channelId === DM_CHANNEL_ID
      ? fake.directMessage("help")
      : fake.guildMessage(`<@${BOT_ID}> help`, {
          author: fake.user(authorId),
          channel_id: channelId,
          ...(guildId ? { guild_id: guildId } : {}),
        });
  const answersMarker = (call: RestCall) =>
    (call.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === marker.id;
  fake.dispatch("MESSAGE_CREATE", marker);
  await until(() => fake.messagesTo(channelId).some(answersMarker));
  return (call) => !answersMarker(call);
}

/** The same for interactions: a marker `/career help` whose callback is awaited; the filter leaves its calls out. */
export async function settleInteractions(fake: FakeDiscord): Promise<(call: RestCall) => boolean> {
  const marker = fake.slashCommand("help");
  const forMarker = (call: RestCall) => call.path.startsWith(`/interactions/${marker.id}/`);
  fake.dispatch("INTERACTION_CREATE", marker);
  await until(() => fake.calls.some(forMarker));
  return (call) => !forMarker(call);
}

/** The bot's posts to a channel since `before`, once settled (see settle), the marker's reply left out. */
export async function postsOnceSettled(
  fake: FakeDiscord,
  channelId: string,
  before: number,
  authorId = USER_ID,
): Promise<RestCall[]> {
  const notMarker = await settle(fake, channelId, { authorId });
  return fake.messagesTo(channelId).slice(before).filter(notMarker);
}
