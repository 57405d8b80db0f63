import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import { chartRoleIds, createSalaryCharts, type SalaryCharts } from "../../src/chart";
import { ZOOM } from "../../src/chart/render";
import { chartHeight } from "../../src/chart/svg";
import { createLogger } from "../../src/logger";
import { decodePng } from "../chart/png";
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, type RestCall, startFakeDiscord } from "../fakes/discord";
import { bot, until } from "../helpers";
import { settle, settleInteractions } from "./settled";

let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
let adapter: DiscordAdapter;
let charts: SalaryCharts;
const ALL = bot.data.roles.map((r) => r.id);
const NLP_VS_MULTIMODAL = ["nlp-research-scientist", "multimodal-ai-research-scientist"];

beforeAll(async () => {
  fake = await startFakeDiscord();
  charts = createSalaryCharts(bot.data);
  adapter = createDiscordAdapter({
    bot,
    settings: { token: "fake-token", apiUrl: fake.apiUrl },
    log: createLogger("silent"),
    charts,
  });
  await adapter.start();
  await until(() => adapter.client.isReady());
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const since = (before: number) => fake.calls.slice(before);

/** The request carries the chart: one salary.png file, an embed whose image points at it, the guide's chart inside. */
function expectChart(call: RestCall | undefined, rows: number) {
  expect(call?.encoding).toBe("multipart");
  expect(call?.files.map((f) => [f.field, f.filename, f.contentType])).toEqual([
    ["files[0]", "salary.png", "image/png"],
  ]);
  // An interaction callback wraps the message in data.
  const body = (call?.body.data ?? call?.body) as {
    embeds: { title: string; image?: { url: string } }[];
    attachments: { id: string | number; description: string }[];
  };
  expect(body.embeds[0]?.image?.url).toBe("attachment://salary.png");
  // discord.js numbers new attachments by their index in files.
  expect(body.attachments.map((a) => [String(a.id), a.description])).toEqual([
    ["0", expect.stringContaining("Salary ranges chart")],
  ]);
  const image = decodePng(call?.files[0]?.data ?? Buffer.alloc(0));
  expect([image.width, image.height]).toEqual([960, chartHeight(rows) * ZOOM]);
}

describe("Discord salary charts, against a local fake Discord", () => {
  it("attaches a cached chart to a mention's embed in the same message", async () => {
    await charts.png(ALL);
    const before = fake.calls.length;
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> salaries`));
    await until(() => fake.messagesTo(CHANNEL_ID).length > 0 && since(before).some((c) => c.method === "POST"));
    const posts = since(before).filter((c) => c.method === "POST");
    expect(posts).toHaveLength(1);
    expectChart(posts[0], ALL.length);
    expect(JSON.stringify(posts[0]?.body.embeds)).toContain('"title":"Salaries by role"');
    expect(posts[0]?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("sends the text at once and adds a chart not yet drawn by editing the reply (DM compare)", async () => {
    expect(charts.cached(NLP_VS_MULTIMODAL)).toBeUndefined();
    const before = fake.calls.length;
    fake.dispatch(
      "MESSAGE_CREATE",
      fake.directMessage("compare nlp research scientist and multimodal ai research scientist"),
    );
    await until(
      () => fake.editsIn(DM_CHANNEL_ID).length > 0 && since(before).some((c) => c.method === "PATCH"),
      10_000,
    );
    const [post, edit] = since(before);
    expect(post).toMatchObject({ method: "POST", path: `/channels/${DM_CHANNEL_ID}/messages`, encoding: "json" });
    expect(post?.files).toEqual([]);
    expect(JSON.stringify(post?.body)).toContain("NLP Research Scientist vs Multimodal AI Research Scientist");
    expect(edit?.path).toMatch(new RegExp(`^/channels/${DM_CHANNEL_ID}/messages/\\d+$`));
    expectChart(edit, 2);
  });

  it("attaches the chart to a /career reply (interaction callback), and edits it in when not cached", async () => {
    const question = "compare salaries of lead ml architect and entry level ai engineer";
    const cold = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", fake.slashCommand(question));
    await until(() => since(cold).some((c) => c.path.endsWith("/messages/@original")), 10_000);
    const [callback, edit] = since(cold);
    expect(callback?.path).toMatch(/\/callback$/);
    expect(callback?.body).toMatchObject({ type: 4 });
    expect(callback?.files).toEqual([]);
    expect(edit?.method).toBe("PATCH");
    expectChart(edit, 2);

    const warm = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", fake.slashCommand(question));
    await until(() => since(warm).some((c) => c.path.endsWith("/callback")));
    const notMarker = await settleInteractions(fake);
    const calls = since(warm).filter(notMarker);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ type: 4 });
    expectChart(calls[0], 2);
  });

  it("sends no chart with one role's salary", async () => {
    const question = "what does an NLP research scientist earn?";
    // Decided before anything is sent: no chart to draw, so no edit can follow.
    expect(chartRoleIds(bot.answer(question), bot.data)).toBeUndefined();
    const before = fake.calls.length;
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> ${question}`));
    await until(() => since(before).some((c) => c.method === "POST"));
    const calls = since(before).filter(await settle(fake, CHANNEL_ID));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.encoding).toBe("json");
  });

  it("still answers in text when the upload is refused", async () => {
    await charts.png(ALL);
    fake.failures.set(`POST /channels/${CHANNEL_ID}/messages`, [413]);
    const before = fake.calls.length;
    // Someone new to the channel: the asker's own conversation would read "salaries" as a follow-up on NLP.
    const newcomer = { id: "100000000000000099", username: "newcomer", discriminator: "0", avatar: null };
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> salaries`, { author: newcomer }));
    await until(() => since(before).filter((c) => c.method === "POST").length >= 2);
    const [refused, text] = since(before);
    expect(refused?.encoding).toBe("multipart");
    expect(text?.encoding).toBe("json");
    expect(text?.files).toEqual([]);
    expect(JSON.stringify(text?.body)).toContain("Salaries by role");
    expect(JSON.stringify(text?.body)).not.toContain("attachment://");
  });

  it("keeps the text answer when adding the chart by an edit fails", async () => {
    expect(charts.cached(["lead-ml-architect", "nlp-research-scientist"])).toBeUndefined();
    fake.failOnce("PATCH", /^\/channels\/\d+\/messages\/\d+$/, 413);
    const before = fake.calls.length;
    fake.dispatch("MESSAGE_CREATE", fake.directMessage("compare lead ml architect and nlp research scientist"));
    await until(() => since(before).some((c) => c.method === "PATCH"), 10_000);
    const notMarker = await settle(fake, DM_CHANNEL_ID);
    const posts = since(before).filter((c) => c.method === "POST" && notMarker(c));
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]?.body)).toContain("Lead Machine Learning Architect vs NLP Research Scientist");
    expect(since(before).filter((c) => c.method === "PATCH")).toHaveLength(1);
    expect(adapter.client.isReady()).toBe(true);
  });
});
