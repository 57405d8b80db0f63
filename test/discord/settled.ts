import { BOT_ID, DM_CHANNEL_ID, type RestCall, type startFakeDiscord, USER_ID } from "../fakes/discord";
import { until } from "../helpers";

type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/**
 * The bot's posts to a channel since `before`, once everything dispatched to it so far has been handled, with no
 * fixed sleep: a marker question goes after it, from `authorId` (so it queues behind that person's conversation),
 * and its reply is awaited. Events reach the bot in order over one gateway connection and its posts to a channel
 * share one REST queue, so whatever the earlier messages made the bot post is in by then. The marker's reply is
 * left out.
 */
export async function postsOnceSettled(
  fake: FakeDiscord,
  channelId: string,
  before: number,
  authorId = USER_ID,
): Promise<RestCall[]> {
  const marker =
    channelId === DM_CHANNEL_ID
      ? fake.directMessage("help")
      : fake.guildMessage(`<@${BOT_ID}> help`, { author: fake.user(authorId) });
  const answersMarker = (call: RestCall) =>
    (call.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === marker.id;
  fake.dispatch("MESSAGE_CREATE", marker);
  await until(() => fake.messagesTo(channelId).some(answersMarker));
  return fake
    .messagesTo(channelId)
    .slice(before)
    .filter((call) => !answersMarker(call));
}
