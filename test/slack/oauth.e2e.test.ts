import { createHash } from "node:crypto";
import { connect } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { createSlackPosterClient } from "../../adapters/slack/client";
import { botTokenLookup } from "../../adapters/slack/installations";
import httpManifest from "../../adapters/slack/manifest.http.json";
import manifest from "../../adapters/slack/manifest.json";
import { slackPoster } from "../../adapters/slack/poster";
import { SLACK_BOT_SCOPES } from "../../adapters/slack/scopes";
import { encryptedInstallations } from "../../adapters/slack/tokenCipher";
import { Conversations } from "../../src/conversation/conversations";
import { createLogger } from "../../src/logger";
import type { InstallationStore } from "../../src/store/installations";
import type { Weekly } from "../../src/weekly";
import { fakeBotToken, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { rowsContaining } from "../privacy/helpers";
import { tempDatabase, weeklyAt } from "../weekly/helpers";

const SECRET = "oauth-signing-secret";
const CLIENT_ID = "1111.2222";
const CLIENT_SECRET = "client-secret-never-logged";
const STATE_SECRET = "state-secret-never-logged";
/** SLACK_TOKEN_KEY: tokens are encrypted in the store. */
const TOKEN_KEY = Buffer.alloc(32, 7);
/** Every OAuth code and state the browser side handled: none may reach a log line. */
const oauthSecrets: string[] = [];

let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let adapter: SlackAdapter;
let base: string;
/** Every log line the bot writes, at debug: checked for tokens and secrets at the end. */
const logLines: string[] = [];
// Weekly slot on Mondays 00:00 UTC: a tick a week from now is after this week's slot for any subscription made now.
let weekly: Weekly;
let installations: InstallationStore;

beforeAll(async () => {
  weekly = await weeklyAt(tempDatabase(), "0 0 * * 1");
  installations = encryptedInstallations(weekly.store.installations, TOKEN_KEY);
  fake = await startFakeSlack();
  Object.assign(fake.oauthApp, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const log = createLogger(
    "debug",
    "json",
    new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  adapter = createSlackAdapter({
    bot,
    settings: {
      oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET },
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      adminUserIds: [],
      connection: { mode: "http", port: 0 },
    },
    log,
    host: "127.0.0.1",
    retries: 0,
    subscriptions: weekly.commandsFor("slack"),
    installations,
    conversations: new Conversations(bot, weekly.store.conversations(), log, { budgetMs: 10_000 }),
    oauthStates: weekly.store.seenEvents,
  });
  base = `http://127.0.0.1:${(await adapter.start()).port}`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await weekly?.close();
});

/** The browser's side of an install: the install link, Slack's consent (faked: a code), the redirect back. */
async function install(team: string, tamper?: "cookie" | "state") {
  const start = await fetch(`${base}/slack/install`, { redirect: "manual" });
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get("location") ?? "");
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const state = location.searchParams.get("state") ?? "";
  const redirect = new URL(`${base}/slack/oauth_redirect`);
  redirect.searchParams.set("code", `code-${team}`);
  redirect.searchParams.set("state", tamper === "state" ? `${state}x` : state);
  oauthSecrets.push(`code-${team}`, state);
  const done = await fetch(redirect, {
    redirect: "manual",
    headers: { cookie: tamper === "cookie" ? "slack-app-oauth-state=someone-else" : cookie },
  });
  return { start, location, cookie, state, redirect, done, body: await done.text() };
}

let trigger = 0;
async function slash(team: string, text: string, options: { channel?: string; user?: string } = {}) {
  const id = `oauth-${++trigger}`;
  const res = await postSigned(
    `${base}/slack/events`,
    slashCommandBody({
      text,
      teamId: team,
      channelId: options.channel ?? `C-${team}`,
      userId: options.user ?? "U1",
      triggerId: id,
      responseUrl: fake.responseUrl(id),
    }),
    { secret: SECRET },
  );
  return { ...res, id };
}

function event(team: string, eventId: string, inner: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy",
    team_id: team,
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, enterprise_id: null, is_enterprise_install: false, is_bot: true }],
    event: inner,
  });
}
const postEvent = (body: string) =>
  postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: "application/json" });

describe("Slack OAuth install into many workspaces, end to end against the local fake", () => {
  it("the install link redirects to Slack's authorize page with the manifest's scopes, a signed state and its cookie", async () => {
    const start = await fetch(`${base}/slack/install`, { redirect: "manual" });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe("https://slack.com/oauth/v2/authorize");
    expect(location.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(location.searchParams.get("scope")?.split(",")).toEqual([...SLACK_BOT_SCOPES]);
    expect(location.searchParams.get("state")).toBeTruthy();
    expect(start.headers.get("set-cookie")).toMatch(/^slack-app-oauth-state=[^;]+; Secure; HttpOnly/);
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it("refuses a redirect whose state is forged or belongs to another browser: nothing installed", async () => {
    const before = fake.calls.filter((c) => c.method === "oauth.v2.access").length;
    for (const tamper of ["cookie", "state"] as const) {
      const { done } = await install("TEVIL", tamper);
      expect(done.status).toBe(400);
    }
    expect(fake.calls.filter((c) => c.method === "oauth.v2.access").length).toBe(before);
    expect(await installations.listInstallations("slack")).toEqual([]);
  });

  it("installs into two workspaces: oauth.v2.access with the client's credentials, each installation stored", async () => {
    for (const team of ["T1", "T2"]) {
      const { done, body } = await install(team);
      expect(done.status).toBe(200);
      expect(body).toContain(`careerbot is installed in Team ${team}`);
    }
    const exchanges = fake.calls.filter((c) => c.method === "oauth.v2.access");
    expect(exchanges.map((c) => c.body.code)).toEqual(["code-T1", "code-T2"]);
    expect(exchanges.every((c) => c.body.client_id === CLIENT_ID && c.body.client_secret === CLIENT_SECRET)).toBe(true);
    expect((await installations.listInstallations("slack")).map((i) => i.teamId)).toEqual(["T1", "T2"]);
    expect(await botTokenLookup(installations)("T2")).toBe(fakeBotToken("T2"));
  });

  it("answers a signed /career from each workspace", async () => {
    for (const team of ["T1", "T2"]) {
      const res = await slash(team, "what does an NLP research scientist earn?");
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).text).toContain("$105,000");
    }
  });

  it("answers a mention in each workspace with that workspace's token", async () => {
    for (const [i, team] of ["T1", "T2"].entries()) {
      const before = fake.posts().length;
      const ts = `170000000${i}.000100`;
      const res = await postEvent(
        event(team, `Ev-oauth-${team}`, {
          type: "app_mention",
          user: "U1",
          text: `<@UBOT${team}> lead ml architect salary`,
          ts,
          channel: `C-${team}`,
          event_ts: ts,
        }),
      );
      expect(res.status).toBe(200);
      await until(() => fake.posts().length > before, 15_000);
      const post = fake.posts().at(-1);
      expect(post?.body).toMatchObject({ channel: `C-${team}`, thread_ts: ts });
      expect(post?.token).toBe(fakeBotToken(team));
    }
  });

  it("subscribes a channel per workspace, each sees only its own, and the weekly post goes out with each team's token", async () => {
    for (const team of ["T1", "T2"]) {
      const { id, status } = await slash(team, "subscribe", { user: "UADMIN" });
      expect(status).toBe(200);
      await until(() => fake.responses.some((r) => r.id === id), 15_000);
      expect(String(fake.responses.find((r) => r.id === id)?.body.text)).toMatch(/^Subscribed/);
    }
    // users.info (the admin check) ran with each workspace's own token.
    const checks = fake.calls.filter((c) => c.method === "users.info");
    expect(checks.map((c) => c.token)).toEqual([fakeBotToken("T1"), fakeBotToken("T2")]);
    expect((await weekly.subscriptions.list("slack")).map((s) => s.channelId)).toEqual(["T1:C-T1", "T2:C-T2"]);
    const { id } = await slash("T2", "subscriptions", { user: "UADMIN" });
    await until(() => fake.responses.some((r) => r.id === id), 15_000);
    expect(String(fake.responses.find((r) => r.id === id)?.body.text)).toMatch(/^Subscribed channels \(1\): C-T2\./);

    const before = fake.posts().length;
    const poster = weekly.poster(
      [
        slackPoster(
          createSlackPosterClient(undefined, fake.apiUrl, createLogger("silent")),
          botTokenLookup(installations),
        ),
      ],
      { retryDelaysMs: [] },
    );
    const report = await poster.runDue(new Date(Date.now() + 7 * 86_400_000));
    expect(report.sent.sort()).toEqual(["slack:T1:C-T1", "slack:T2:C-T2"]);
    const posts = fake.posts().slice(before);
    expect(posts.map((p) => [p.body.channel, p.token]).sort()).toEqual([
      ["C-T1", fakeBotToken("T1")],
      ["C-T2", fakeBotToken("T2")],
    ]);
  });

  it("app_uninstalled deletes that team's installation and subscriptions; tokens_revoked for the bot does too", async () => {
    // People of both workspaces have a conversation and a profile.
    for (const team of ["T1", "T2"])
      await slash(team, "I have 7 years as a data scientist, tell me about the nlp research scientist role");
    // At least a conversation, its participant and a profile each: saved after the answer went out, each turn's rows
    // in one commit (all there once any is).
    // Earlier tests left conversations of both teams: wait for this turn's own rows, its profile among them.
    const hasProfile = async (team: string) =>
      (await rowsContaining(weekly.store, `slack:${team}:`)).some((row) => row.startsWith("profiles:"));
    await until(() => hasProfile("T1"), 15_000);
    await until(() => hasProfile("T2"), 15_000);
    const t2Rows = await rowsContaining(weekly.store, "slack:T2:");
    const res = await postEvent(event("T1", "Ev-uninstall-T1", { type: "app_uninstalled", event_ts: "1.0" }));
    expect(res.status).toBe(200);
    await until(async () => (await weekly.subscriptions.list("slack")).length === 1, 15_000);
    expect((await weekly.subscriptions.list("slack")).map((s) => s.channelId)).toEqual(["T2:C-T2"]);
    expect((await installations.listInstallations("slack")).map((i) => i.teamId)).toEqual(["T2"]);
    // The workspace's conversations and profiles went with it, not at their expiry; the other's stay.
    await until(async () => (await rowsContaining(weekly.store, "slack:T1:")).length === 0, 15_000);
    expect(await rowsContaining(weekly.store, "slack:T2:")).toEqual(t2Rows);
    // The uninstalled workspace is no longer answered; the other still is.
    expect((await slash("T1", "help")).body).toBe("");
    expect(JSON.parse((await slash("T2", "help")).body).blocks[0].text.text).toMatch(/careerbot/);

    // A revoked user token changes nothing; a revoked bot token removes the installation.
    await postEvent(event("T2", "Ev-revoke-user", { type: "tokens_revoked", tokens: { oauth: ["U1"] } }));
    await postEvent(event("T2", "Ev-revoke-bot", { type: "tokens_revoked", tokens: { bot: ["UBOTT2"] } }));
    await until(async () => (await weekly.subscriptions.list("slack")).length === 0, 15_000);
    expect(await installations.listInstallations("slack")).toEqual([]);
  });

  it("a completed redirect replayed with its own cookie is refused: oauth.v2.access runs once; the state's id is kept until it expires", async () => {
    const exchanges = () => fake.calls.filter((c) => c.method === "oauth.v2.access").length;
    const first = await install("T9");
    expect(first.done.status).toBe(200);
    const after = exchanges();
    const replay = await fetch(first.redirect, { redirect: "manual", headers: { cookie: first.cookie } });
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("slack_oauth_invalid_state");
    expect(exchanges()).toBe(after);
    // Kept in the shared store (every replica refuses it), as a hash: the state itself is stored nowhere.
    const id = createHash("sha256").update(first.state).digest("hex").slice(0, 32);
    const claims = await weekly.store.sql.all<{ key: string; expires_at: number }>(
      "SELECT key, CAST(expires_at AS BIGINT) AS expires_at FROM seen_events WHERE key = ?",
      [`slack-oauth-state:${id}`],
    );
    expect(claims).toHaveLength(1);
    const expiresIn = Number(claims[0]?.expires_at) - Date.now();
    expect(expiresIn).toBeGreaterThan(600_000);
    expect(expiresIn).toBeLessThanOrEqual(660_000);
    expect(await rowsContaining(weekly.store, first.state)).toEqual([]);
    await installations.deleteInstallation("slack", { teamId: "T9", isEnterpriseInstall: false });
  });

  it("stores each workspace's tokens encrypted with SLACK_TOKEN_KEY (AES-256-GCM), bound to their workspace", async () => {
    await install("T8");
    const raw = await weekly.store.sql.get<{ installation: string }>(
      "SELECT installation FROM installations WHERE install_id = 'T8'",
    );
    const stored = JSON.parse(raw?.installation ?? "{}");
    expect(stored.bot.token).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(raw?.installation).not.toContain(fakeBotToken("T8"));
    expect(raw?.installation).not.toMatch(/xoxb-/);
    // The bot reads it back: a mention in that workspace is answered with its token.
    expect(await botTokenLookup(installations)("T8")).toBe(fakeBotToken("T8"));
    // Without the key, or with another, nothing is sent to Slack: an error naming the variable.
    await expect(botTokenLookup(encryptedInstallations(weekly.store.installations, undefined))("T8")).rejects.toThrow(
      "the stored Slack tokens of installation slack:T8 are encrypted: set SLACK_TOKEN_KEY to the key they were stored with",
    );
    await expect(
      botTokenLookup(encryptedInstallations(weekly.store.installations, Buffer.alloc(32, 8)))("T8"),
    ).rejects.toThrow(/^a stored Slack token of installation slack:T8 does not decrypt with SLACK_TOKEN_KEY/);
    // A token copied into another workspace's row does not decrypt there.
    await weekly.store.installations.storeInstallation(
      "slack",
      { teamId: "T7", isEnterpriseInstall: false },
      { ...stored, team: { id: "T7" } },
    );
    await expect(botTokenLookup(installations)("T7")).rejects.toThrow(/installation slack:T7 does not decrypt/);
    for (const teamId of ["T7", "T8"])
      await installations.deleteInstallation("slack", { teamId, isEnterpriseInstall: false });
  });

  it("keeps no installer's id; an installation stored with one forgets it at that person's \"forget me\"", async () => {
    await install("T6");
    // The fake's oauth.v2.access names the installer UINSTALLER: not kept.
    expect(await rowsContaining(weekly.store, "UINSTALLER")).toEqual([]);
    // A row stored by an earlier version, naming its installer.
    const query = { teamId: "T6", isEnterpriseInstall: false };
    const found = (await installations.fetchInstallation("slack", query)) as Record<string, unknown>;
    await installations.storeInstallation("slack", query, { ...found, user: { id: "UFORMER" } });
    expect(await rowsContaining(weekly.store, "UFORMER")).toHaveLength(1);
    // Someone else's "forget me" leaves it; the installer's removes their id, and the workspace is still answered.
    await slash("T6", "forget me", { user: "USOMEONE" });
    expect(await rowsContaining(weekly.store, "UFORMER")).toHaveLength(1);
    const forgot = await slash("T6", "forget me", { user: "UFORMER" });
    expect(JSON.parse(forgot.body).text).not.toContain("Not deleted");
    expect(await rowsContaining(weekly.store, "UFORMER")).toEqual([]);
    expect(JSON.parse((await slash("T6", "what does an NLP research scientist earn?")).body).text).toContain(
      "$105,000",
    );
    await installations.deleteInstallation("slack", query);
  });

  it("junk redirects get 400 and at most a few warn lines a minute, without a stack; a malformed Host gets 400", async () => {
    const from = logLines.length;
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${base}/slack/oauth_redirect?code=junk-${i}&state=junk-${i}`, { redirect: "manual" });
      statuses.push(res.status);
      await res.text();
    }
    expect(new Set(statuses)).toEqual(new Set([400]));
    // A Host header no URL can be built from: refused before the installer, not a 500.
    const rawStatus = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(base).port), "127.0.0.1", () =>
        socket.write("GET /slack/oauth_redirect?code=c&state=s HTTP/1.1\r\nHost: [bad\r\nConnection: close\r\n\r\n"),
      );
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("end", () => resolve(text.split("\r\n")[0] ?? ""));
      socket.on("error", reject);
    });
    expect(rawStatus).toBe("HTTP/1.1 400 Bad Request");
    const lines = logLines.slice(from).map((l) => JSON.parse(l) as { level: number; msg: string; err?: unknown });
    const refusals = lines.filter((l) => l.msg === "slack install failed" || l.msg === "slack install request refused");
    // 41 refused requests, within the same minute as the forged ones above: 5 lines at most, each a warn.
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThanOrEqual(5);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => JSON.stringify(l).includes("stack"))).toEqual([]);
  });

  it("never logs a token, the client and state secrets, an OAuth code or a state", () => {
    const all = logLines.join("");
    expect(all).toContain("slack app installed");
    expect(all).not.toMatch(/xoxb-/);
    expect(all).not.toContain(CLIENT_SECRET);
    expect(all).not.toContain(STATE_SECRET);
    expect(oauthSecrets.length).toBeGreaterThan(10);
    expect(oauthSecrets.filter((secret) => all.includes(secret))).toEqual([]);
  });
});

describe("the HTTP + OAuth manifest", () => {
  it("has the redirect URL, request URLs on every entry point, the same scopes, and the uninstall events", () => {
    expect(httpManifest.oauth_config.redirect_urls).toEqual(["https://YOUR-HOST/slack/oauth_redirect"]);
    expect(httpManifest.features.slash_commands[0]?.url).toBe("https://YOUR-HOST/slack/events");
    expect(httpManifest.settings.event_subscriptions.request_url).toBe("https://YOUR-HOST/slack/events");
    expect(httpManifest.settings.interactivity.request_url).toBe("https://YOUR-HOST/slack/events");
    expect(httpManifest.settings.socket_mode_enabled).toBe(false);
    expect(httpManifest.oauth_config.scopes.bot).toEqual(manifest.oauth_config.scopes.bot);
    expect(httpManifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining([
        ...manifest.settings.event_subscriptions.bot_events,
        "app_uninstalled",
        "tokens_revoked",
      ]),
    );
  });
});

describe("scrubSecrets", () => {
  it("cuts client secrets and tokens out of Bolt's debug lines", async () => {
    const { scrubSecrets } = await import("../../adapters/slack/logger");
    const line = scrubSecrets(
      'http request body: {"code":"c","client_id":"1.2","client_secret":"s3cr3t"} token=xoxb-1-2-abc access_token: "xoxp-9"',
    );
    expect(line).not.toMatch(/s3cr3t|xoxb-|xoxp-/);
    expect(line).toContain('"client_id":"1.2"');
  });
});
