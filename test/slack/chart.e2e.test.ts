import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { ChartImages } from "../../adapters/slack/chart";
import { chartRoleIds, createSalaryCharts, type SalaryCharts } from "../../src/chart";
import { RenderQueue } from "../../src/chart/queue";
import { ZOOM } from "../../src/chart/render";
import { chartHeight } from "../../src/chart/svg";
import { createLogger } from "../../src/logger";
import { decodePng } from "../chart/png";
import { blockActionsBody, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";

const SECRET = "chart-signing-secret";
const PUBLIC_URL = "https://careerbot.example.test";
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
/** Serves chart images (PUBLIC_URL set). */
let withImages: SlackAdapter;
/** No PUBLIC_URL: ephemeral answers keep the text alone. */
let plain: SlackAdapter;
let imagesBase: string;
let plainBase: string;
let charts: SalaryCharts;
let seq = 0;
/** The adapters' warning lines: a failed upload's warning is the last thing its handler does. */
const warnings: string[] = [];
const UPLOAD_FAILED = "slack chart upload failed; the text answer stands";
const uploadFailures = () => warnings.filter((msg) => msg === UPLOAD_FAILED).length;

function settings(publicUrl?: string) {
  return {
    botToken: "xoxb-test",
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    adminUserIds: [],
    connection: { mode: "http" as const, port: 0 },
    publicUrl,
  };
}

beforeAll(async () => {
  fake = await startFakeSlack();
  charts = createSalaryCharts(bot.data);
  const log = createLogger("warn", "json", { write: (line: string) => void warnings.push(JSON.parse(line).msg) });
  withImages = createSlackAdapter({ bot, settings: settings(PUBLIC_URL), log, host: "127.0.0.1", retries: 0, charts });
  plain = createSlackAdapter({ bot, settings: settings(), log, host: "127.0.0.1", retries: 0, charts });
  imagesBase = `http://127.0.0.1:${(await withImages.start()).port}`;
  plainBase = `http://127.0.0.1:${(await plain.start()).port}`;
});

afterAll(async () => {
  await withImages?.stop();
  await plain?.stop();
  await fake?.close();
});

const callsSince = (before: number) => fake.calls.slice(before);

async function mention(base: string, text: string, ts: string) {
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev-chart-${++seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_mention", user: "U1", text, ts, channel: "C1", event_ts: ts },
  });
  const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: "application/json" });
  expect(res.status).toBe(200);
}

const command = (base: string, text: string) =>
  postSigned(
    `${base}/slack/events`,
    slashCommandBody({ text, triggerId: `chart-trigger-${++seq}`, responseUrl: fake.responseUrl(`chart-${seq}`) }),
    { secret: SECRET },
  );

/** files.uploadV2's three steps reached the fake with the chart's bytes, into this channel and thread. */
function expectUpload(before: number, uploadsBefore: number, threadTs: string, rows: number) {
  const calls = callsSince(before);
  const methods = calls.map((c) => c.method);
  expect(methods.indexOf("chat.postMessage")).toBeLessThan(methods.indexOf("files.getUploadURLExternal"));
  const getUrl = calls.find((c) => c.method === "files.getUploadURLExternal");
  const complete = calls.find((c) => c.method === "files.completeUploadExternal");
  const upload = fake.uploads[uploadsBefore];
  const bytes = upload?.files[0]?.data ?? Buffer.alloc(0);
  expect(getUrl?.body).toMatchObject({ filename: "salary.png", length: String(bytes.length) });
  expect(String(getUrl?.body.alt_text)).toContain("Salary ranges chart");
  expect(upload?.files.map((f) => f.field)).toEqual(["body"]);
  const image = decodePng(bytes);
  expect([image.width, image.height]).toEqual([960, chartHeight(rows) * ZOOM]);
  expect(complete?.body).toMatchObject({ channel_id: "C1", thread_ts: threadTs });
  expect(complete?.body.files).toEqual([{ id: upload?.fileId, title: "Salary ranges" }]);
}

/** A "Share in channel" click on an ephemeral answer to `question` in C1. */
function sharePayload(messageTs: string, responseId: string, question: string): string {
  return blockActionsBody({
    actionId: "share_answer",
    value: question,
    responseUrl: fake.responseUrl(responseId),
    actionTs: `${messageTs}1`,
    triggerId: `t-${responseId}`,
    messageTs,
  });
}

describe("Slack salary charts, against a local fake Slack", () => {
  it("uploads the chart into the mention's thread after the text answer", async () => {
    const before = fake.calls.length;
    const uploadsBefore = fake.uploads.length;
    await mention(plainBase, "<@UBOT> salaries by role", "1700000100.000100");
    await until(() => callsSince(before).some((c) => c.method === "files.completeUploadExternal"), 10_000);
    const post = callsSince(before).find((c) => c.method === "chat.postMessage");
    expect(post?.body).toMatchObject({ channel: "C1", thread_ts: "1700000100.000100" });
    expect(String(post?.body.text)).toContain("Salaries by role");
    expectUpload(before, uploadsBefore, "1700000100.000100", bot.data.roles.length);
  });

  it("uploads nothing for one role's salary", async () => {
    const question = "what does an NLP research scientist earn?";
    // Decided before the post: no chart to draw, so the handler ends with the post and no upload can follow.
    expect(chartRoleIds(bot.answer(question), bot.data)).toBeUndefined();
    const before = fake.calls.length;
    await mention(plainBase, `<@UBOT> ${question}`, "1700000100.000200");
    await until(() => callsSince(before).some((c) => c.method === "chat.postMessage"));
    expect(callsSince(before).map((c) => c.method)).toEqual(["chat.postMessage"]);
  });

  it("keeps the text answer when the upload fails (missing scope, or the upload URL refusing the bytes)", async () => {
    fake.failures.set("files.getUploadURLExternal", ["missing_scope"]);
    let before = fake.calls.length;
    let failed = uploadFailures();
    await mention(plainBase, "<@UBOT> compare nlp research scientist and lead ml architect", "1700000100.000300");
    await until(() => uploadFailures() > failed, 10_000);
    expect(callsSince(before).map((c) => c.method)).toEqual(["chat.postMessage", "files.getUploadURLExternal"]);
    expect(String(callsSince(before)[0]?.body.text)).toContain(
      "NLP Research Scientist vs Lead Machine Learning Architect",
    );

    fake.uploadFailures.push(500);
    const uploadsBefore = fake.uploads.length;
    before = fake.calls.length;
    failed = uploadFailures();
    await mention(plainBase, "<@UBOT> compare nlp research scientist and lead ml architect", "1700000100.000400");
    await until(() => uploadFailures() > failed, 10_000);
    expect(fake.uploads.length).toBe(uploadsBefore + 1);
    expect(callsSince(before).map((c) => c.method)).toEqual(["chat.postMessage", "files.getUploadURLExternal"]);
  });

  it("shares an answer with its chart: the post, then the chart in the post's thread", async () => {
    const before = fake.calls.length;
    const uploadsBefore = fake.uploads.length;
    const payload = sharePayload("1700000200.000100", "share-chart", "salaries");
    expect((await postSigned(`${plainBase}/slack/events`, payload, { secret: SECRET })).status).toBe(200);
    await until(() => callsSince(before).some((c) => c.method === "files.completeUploadExternal"), 10_000);
    expect(callsSince(before).find((c) => c.method === "chat.postMessage")?.body.channel).toBe("C1");
    const complete = callsSince(before).find((c) => c.method === "files.completeUploadExternal");
    // The fake's chat.postMessage answers a ts made of the clock; the chart goes into that post's thread.
    expect(String(complete?.body.thread_ts)).toMatch(/^\d+(\.\d+)?$/);
    expectUpload(before, uploadsBefore, String(complete?.body.thread_ts), bot.data.roles.length);
  });

  it("a failed share of a chart answer says why and uploads nothing; pressing again shares it with its chart", async () => {
    fake.failures.set("chat.postMessage", ["not_in_channel"]);
    let before = fake.calls.length;
    const uploadsBefore = fake.uploads.length;
    const payload = sharePayload("1700000200.000200", "share-chart-fail", "which role pays the most?");
    expect((await postSigned(`${plainBase}/slack/events`, payload, { secret: SECRET })).status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === "share-chart-fail"), 10_000);
    const told = fake.responses.find((r) => r.id === "share-chart-fail")?.body;
    expect(told).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(told?.text)).toBe("Couldn't share: I am not in this channel (invite me, then try again).");
    // Saying why is the handler's last step: nothing can follow it.
    expect(callsSince(before).map((c) => c.method)).toEqual(["chat.postMessage"]);
    expect(fake.uploads.length).toBe(uploadsBefore);

    // The same button again: this time the post goes out and the ranking's chart follows into its thread.
    before = fake.calls.length;
    expect((await postSigned(`${plainBase}/slack/events`, payload, { secret: SECRET })).status).toBe(200);
    await until(() => callsSince(before).some((c) => c.method === "files.completeUploadExternal"), 10_000);
    const complete = callsSince(before).find((c) => c.method === "files.completeUploadExternal");
    const ranked = bot.answer("which role pays the most?").chart?.roleIds ?? [];
    expect(ranked.length).toBeGreaterThan(1);
    expectUpload(before, uploadsBefore, String(complete?.body.thread_ts), ranked.length);
    const replaced = fake.responses.filter((r) => r.id === "share-chart-fail").at(-1)?.body;
    expect(replaced).toMatchObject({ replace_original: true });
  });

  it("keeps ephemeral /career answers as text without PUBLIC_URL, and uploads nothing (ephemeral takes no files)", async () => {
    const before = fake.calls.length;
    const body = JSON.parse((await command(plainBase, "salaries")).body);
    expect(body.response_type).toBe("ephemeral");
    expect(body.blocks.some((b: { type: string }) => b.type === "image")).toBe(false);
    // The acknowledgement is the command handler's last step: nothing can follow it.
    expect(callsSince(before)).toEqual([]);
  });

  it("with PUBLIC_URL, shows the chart as an image block served by the bot at an unguessable path", async () => {
    const body = JSON.parse(
      (await command(imagesBase, "compare nlp research scientist and multimodal ai research scientist")).body,
    );
    const image = body.blocks.find((b: { type: string }) => b.type === "image");
    expect(image?.alt_text).toContain("Salary ranges chart");
    expect(body.blocks.indexOf(image)).toBe(2);
    const url = new URL(image.image_url);
    expect(url.origin).toBe(PUBLIC_URL);
    expect(url.pathname).toMatch(/^\/charts\/[A-Za-z0-9_-]+\.\d{10}\.[0-9a-f]{32}\.png$/);
    const [roles, expiry, signature] = url.pathname.slice("/charts/".length).split(".");
    // It expires an hour (rounded up to 10 minutes) from now.
    const expiresIn = Number(expiry) - Date.now() / 1000;
    expect(expiresIn).toBeGreaterThan(3600 - 5);
    expect(expiresIn).toBeLessThanOrEqual(4200);

    const res = await fetch(`${imagesBase}${url.pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    // Caches may keep it while it works, no longer.
    const maxAge = Number(/^public, max-age=(\d+)$/.exec(res.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeLessThanOrEqual(Math.ceil(expiresIn));
    expect(maxAge).toBeGreaterThan(3600 - 10);
    const png = decodePng(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([960, chartHeight(2) * ZOOM]);

    // A forged signature, another role list or a later expiry under the same signature, or anything else: 404.
    const forged = signature?.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    const other = Buffer.from("lead-ml-architect").toString("base64url");
    const later = Number(expiry) + 86_400;
    for (const path of [
      `/charts/${roles}.${expiry}.${forged}.png`,
      `/charts/${other}.${expiry}.${signature}.png`,
      `/charts/${roles}.${later}.${signature}.png`,
      `/charts/${roles}.${signature}.png`,
      "/charts/x.png",
    ]) {
      expect([path, (await fetch(`${imagesBase}${path}`)).status]).toEqual([path, 404]);
    }
    // The server without PUBLIC_URL has no such route at all.
    expect((await fetch(`${plainBase}${url.pathname}`)).status).toBe(404);
    // The receiver's `/charts/:file` route takes one path segment, for GET only; its other routes still answer.
    for (const path of [
      "/charts/",
      "/charts",
      `/charts/x/${roles}.${expiry}.${signature}.png`,
      `/charts${url.pathname}`,
    ]) {
      expect((await fetch(`${imagesBase}${path}`)).status).toBe(404);
    }
    expect((await fetch(`${imagesBase}${url.pathname}`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${imagesBase}${url.pathname}?v=1`)).status).toBe(200);
    expect(await (await fetch(`${imagesBase}/healthz`)).text()).toBe("ok");
  });

  it("a chart path past its expiry answers 410, whatever its signature says; before it, the same chart is served", async () => {
    const roleIds = ["nlp-research-scientist", "lead-ml-architect"];
    const twoHoursAgo = () => Date.now() - 2 * 3_600_000;
    // Paths minted two hours ago with the bot's own secret: validly signed, and expired by now.
    const old = new ChartImages(PUBLIC_URL, SECRET, charts, twoHoursAgo);
    const res = await fetch(`${imagesBase}${old.path(roleIds)}`);
    expect([res.status, res.headers.get("cache-control"), await res.text()]).toEqual([410, "no-store", "expired"]);
    const fresh = new ChartImages(PUBLIC_URL, SECRET, charts);
    expect((await fetch(`${imagesBase}${fresh.path(roleIds)}`)).status).toBe(200);
    // Resolving by the clock: valid up to its expiry, expired at it.
    let now = Date.now();
    const images = new ChartImages(PUBLIC_URL, SECRET, charts, () => now);
    const file = images.path(roleIds).slice("/charts/".length);
    const expiresAt = Number(file.split(".")[1]);
    now = expiresAt * 1000 - 1;
    expect(images.resolve(file)).toEqual({ ok: true, roleIds, expiresAt });
    now = expiresAt * 1000;
    expect(images.resolve(file)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("chart images under a flood", () => {
  it("answers 503 at once while the render queue is full, never queueing more; serves cached charts meanwhile", async () => {
    const waiting: (() => void)[] = [];
    let drawn = 0;
    const drawer = {
      draw: () => new Promise<Buffer>((resolve) => waiting.push(() => resolve(Buffer.from(`png ${++drawn}`)))),
      close: async () => {},
    };
    // Tokens refill at once: this test is about the depth of the queue.
    const queue = new RenderQueue(drawer, { maxQueued: 2, requestRendersPerSecond: 1e9 });
    const gated = createSalaryCharts(bot.data, { renderer: queue });
    const adapter = createSlackAdapter({
      bot,
      settings: settings(PUBLIC_URL),
      log: createLogger("silent"),
      host: "127.0.0.1",
      retries: 0,
      charts: gated,
    });
    const base = `http://127.0.0.1:${(await adapter.start()).port}`;
    try {
      // The adapter's prerender of the every-role chart holds one slot until released.
      await until(() => queue.pending === 1, 5_000);
      const images = new ChartImages(PUBLIC_URL, SECRET, gated);
      const sets = [
        ["nlp-research-scientist", "lead-ml-architect"],
        ["lead-ml-architect", "nlp-research-scientist"],
        ["entry-level-ai-engineer", "lead-ml-architect"],
      ];
      const first = fetch(`${base}${images.path(sets[0] as string[])}`);
      await until(() => queue.pending === 2, 5_000);
      // Full: other charts are refused at once, and nothing more is queued.
      for (const roleIds of sets.slice(1)) {
        const busy = await fetch(`${base}${images.path(roleIds)}`);
        expect([busy.status, busy.headers.get("retry-after"), busy.headers.get("cache-control")]).toEqual([
          503,
          "5",
          "no-store",
        ]);
      }
      expect(queue.pending).toBe(2);
      // The same chart as the one being drawn shares its render instead of being refused.
      const same = fetch(`${base}${images.path(sets[0] as string[])}`);
      for (const finish of waiting.splice(0)) finish();
      expect((await first).status).toBe(200);
      expect((await same).status).toBe(200);
      expect(drawn).toBe(2);
      // Once drawn, a chart is served from the cache even while the queue is full again.
      const again = [1, 2].map((i) => fetch(`${base}${images.path(sets[i] as string[])}`));
      await until(() => queue.pending === 2, 5_000);
      const cached = await fetch(`${base}${images.path(sets[0] as string[])}`);
      // Drawn second, after the every-role prerender.
      expect([cached.status, await cached.text()]).toEqual([200, "png 2"]);
      for (const finish of waiting.splice(0)) finish();
      expect((await Promise.all(again)).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      for (const finish of waiting.splice(0)) finish();
      await adapter.stop();
    }
  });
});
