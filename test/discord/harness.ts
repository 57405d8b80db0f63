import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import type { Conversations } from "../../src/conversation/conversations";
import { createLogger } from "../../src/logger";
import { startFakeDiscord } from "../fakes/discord";
import { bot, until } from "../helpers";

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** The local fake Discord and the real adapter logged in to it, ready (the gateway's READY seen). */
export async function startDiscordAgainstFake(
  options: { conversations?: Conversations } = {},
): Promise<{ fake: FakeDiscord; adapter: DiscordAdapter }> {
  const fake = await startFakeDiscord();
  const adapter = createDiscordAdapter({
    bot,
    ...options,
    settings: { token: "fake-token", apiUrl: fake.apiUrl },
    log: createLogger("silent"),
  });
  await adapter.start();
  await until(() => adapter.client.isReady());
  return { fake, adapter };
}

/** Stops what `startDiscordAgainstFake` started, whichever parts of it got started. */
export async function stopDiscordAgainstFake(fake?: FakeDiscord, adapter?: DiscordAdapter): Promise<void> {
  await adapter?.stop();
  await fake?.close();
}
