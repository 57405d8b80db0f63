import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { createLogger } from "../../src/logger";
import { httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { THREE_PART_MESSAGE, threePartTitles } from "./threePart";

const SECRET = "test-signing-secret";
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let adapter: SlackAdapter;
let base: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  adapter = createSlackAdapter({
    bot,
    settings: httpSettings(fake.apiUrl, SECRET),
    log: createLogger("silent"),
    host: "127.0.0.1",
    retries: 0,
  });
  base = `http://127.0.0.1:${(await adapter.start()).port}`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

type Block = { type: string; text?: { text: string } };
const headers = (blocks: Block[]) => blocks.filter((b) => b.type === "header").map((b) => b.text?.text);

function mentionEvent(eventId: string, text: string, ts: string, threadTs?: string): string {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_mention", user: "U1", text, ts, channel: "C1", event_ts: ts, thread_ts: threadTs },
  });
}

describe("Slack answers a three-part message with three parts, in one message", () => {
  it("/career: one ephemeral acknowledgement with a header per part, in the order asked", async () => {
    const titles = threePartTitles();
    const postsBefore = fake.posts().length;
    const res = await postSigned(
      `${base}/slack/events`,
      slashCommandBody({ text: THREE_PART_MESSAGE, triggerId: "parts-1", responseUrl: fake.responseUrl("parts-1") }),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { response_type: string; text: string; blocks: Block[] };
    expect(body.response_type).toBe("ephemeral");
    expect(headers(body.blocks)).toEqual(titles);
    // One divider between consecutive parts.
    expect(body.blocks.filter((b) => b.type === "divider")).toHaveLength(2);
    // The notification text carries every part too, in order.
    const at = titles.map((t) => body.text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The acknowledgement is the handler's last step: nothing went out as another message.
    expect(fake.responses.filter((r) => r.id === "parts-1")).toHaveLength(0);
    expect(fake.posts()).toHaveLength(postsBefore);
  });

  it("app_mention inside a thread: one reply in that thread with a header per part, in order", async () => {
    const titles = threePartTitles();
    const before = fake.posts().length;
    const parent = "1700000100.000100";
    const event = mentionEvent("Ev-parts-1", `<@UBOT> ${THREE_PART_MESSAGE}`, "1700000100.000200", parent);
    const res = await postSigned(`${base}/slack/events`, event, { secret: SECRET, contentType: "application/json" });
    expect(res.status).toBe(200);

    // No fixed sleep: a marker mention in another thread goes after it; once the marker is answered, so is it.
    const marker = "1700000100.000300";
    const sent = await postSigned(`${base}/slack/events`, mentionEvent("Ev-parts-marker", "<@UBOT> roles", marker), {
      secret: SECRET,
      contentType: "application/json",
    });
    expect(sent.status).toBe(200);
    await until(() => fake.posts().some((p) => p.body.thread_ts === marker));

    const replies = fake
      .posts()
      .slice(before)
      .filter((p) => p.body.thread_ts !== marker);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatchObject({ channel: "C1", thread_ts: parent });
    expect(headers(replies[0]?.body.blocks as Block[])).toEqual(titles);
  });
});
