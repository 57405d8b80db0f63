import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { listenLocal, parseMultipart, readRawBody, sendJson, type UploadedFile } from "./http";

export interface SlackApiCall {
  method: string;
  body: Record<string, unknown>;
  /** The token the call was made with: the Authorization header's bearer token, or a `token` form field. */
  token?: string;
}

/**
 * OAuth on the fake: `oauth.v2.access` with code `code-<TEAM>` installs into that team and hands out the bot token
 * `xoxb-<TEAM>-fake`, which `auth.test` then recognises.
 */
export const fakeBotToken = (team: string) => `xoxb-${team}-fake`;

/**
 * A fake Slack: the Web API under /api/<method> (every call recorded, `ok: true` unless a failure is queued)
 * and response_url endpoints under /response/<id>.
 */
export async function startFakeSlack() {
  const calls: SlackApiCall[] = [];
  const responses: { id: string; body: Record<string, unknown> }[] = [];
  /** Errors to return, in order, for a method: e.g. ["channel_not_found"] or [429]. */
  const failures = new Map<string, (string | number)[]>();
  /** Bytes POSTed to the upload URLs that files.getUploadURLExternal handed out (step 2 of files.uploadV2). */
  const uploads: { fileId: string; files: UploadedFile[]; raw: Buffer }[] = [];
  /** Status codes for the next uploads, in order (e.g. [500]). */
  const uploadFailures: number[] = [];
  let fileSeq = 0;
  /** chat.postMessage to these channels always fails this way: an HTTP status, or "hang" (never answers). */
  const brokenChannels = new Map<string, number | "hang">();
  /** While set, chat.postMessage never answers: "record" keeps the post (it went out), "drop" loses it. */
  const hold: { posts?: "record" | "drop" } = {};
  /** Milliseconds to wait before answering a method (a slow Slack). */
  const delays = new Map<string, number>();
  /** Messages in each channel, newest first, as conversations.history returns them. */
  const history = new Map<string, Record<string, unknown>[]>();
  /** Tokens Slack refuses (revoked, wrong): every Web API call made with one answers `invalid_auth`. */
  const rejectedTokens = new Set<string>();
  /** The OAuth app `oauth.v2.access` accepts. */
  const oauthApp: { clientId?: string; clientSecret?: string; scopes?: string } = {};
  // Socket Mode: apps.connections.open hands out this WebSocket URL; the server says hello and sends envelopes.
  const socketServer = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => socketServer.once("listening", resolve));
  const sockets = new Set<WebSocket>();
  const socketAcks: { envelope_id: string; payload?: Record<string, unknown> }[] = [];
  socketServer.on("connection", (ws) => {
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    ws.on("message", (raw) => socketAcks.push(JSON.parse(String(raw))));
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        connection_info: { app_id: "A1" },
        debug_info: { host: "fake" },
      }),
    );
  });
  const socketUrl = `ws://127.0.0.1:${(socketServer.address() as AddressInfo).port}/link`;
  const local = await listenLocal(async (req, res) => {
    const rawBytes = await readRawBody(req);
    const raw = rawBytes.toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const contentType = req.headers["content-type"] ?? "";
    if (url.pathname.startsWith("/upload/")) {
      const files = contentType.startsWith("multipart/form-data")
        ? (await parseMultipart(rawBytes, contentType)).files
        : [];
      uploads.push({ fileId: url.pathname.slice("/upload/".length), files, raw: rawBytes });
      const status = uploadFailures.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" });
      return res.end(status === 200 ? "OK - 1" : "upload failed");
    }
    const body = parseBody(raw, contentType);
    if (url.pathname.startsWith("/response/")) {
      responses.push({ id: url.pathname.slice("/response/".length), body });
      return sendJson(res, 200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
    const token = bearer ?? (typeof body.token === "string" ? body.token : undefined);
    const delay = delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (token !== undefined && rejectedTokens.has(token)) {
      calls.push({ method, body, token });
      return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    }
    if (method === "chat.postMessage") {
      const broken = brokenChannels.get(String(body.channel));
      if (broken === "hang") return; // never answers
      if (broken) return sendJson(res, broken, { ok: false, error: "fake_http_error" });
      if (hold.posts) {
        if (hold.posts === "record") {
          calls.push({ method, body, token });
          recordPost(body);
        }
        return; // the bot is killed before it hears back
      }
    }
    if (method !== "conversations.history") calls.push({ method, body, token });
    const failure = failures.get(method)?.shift();
    if (typeof failure === "string" && failure.startsWith("429:"))
      return sendJson(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": failure.slice(4) });
    if (failure === 429) return sendJson(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": "1" });
    if (typeof failure === "number") return sendJson(res, failure, { ok: false, error: "fake_http_error" });
    if (failure) return sendJson(res, 200, { ok: false, error: failure });
    if (method === "apps.connections.open") return sendJson(res, 200, { ok: true, url: socketUrl });
    if (method === "oauth.v2.access") {
      const team = /^code-(T\w+)$/.exec(String(body.code ?? ""))?.[1];
      if (!team || body.client_id !== oauthApp.clientId || body.client_secret !== oauthApp.clientSecret)
        return sendJson(res, 200, { ok: false, error: team ? "invalid_client" : "invalid_code" });
      return sendJson(res, 200, {
        ok: true,
        app_id: "A1",
        authed_user: { id: "UINSTALLER" },
        scope: String(oauthApp.scopes ?? "commands,chat:write"),
        token_type: "bot",
        access_token: fakeBotToken(team),
        bot_user_id: `UBOT${team}`,
        team: { id: team, name: `Team ${team}` },
        enterprise: null,
        is_enterprise_install: false,
      });
    }
    if (method === "auth.test") {
      const team = /^xoxb-(T\w+)-fake$/.exec(token ?? "")?.[1];
      return sendJson(res, 200, {
        ok: true,
        url: "https://fake.slack.test/",
        team: "Fake",
        user: "careerbot",
        team_id: team ?? "T1",
        user_id: team ? `UBOT${team}` : "UBOT",
        bot_id: team ? `BBOT${team}` : "BBOT",
      });
    }
    if (method === "conversations.history")
      return sendJson(res, 200, { ok: true, messages: history.get(String(body.channel)) ?? [], has_more: false });
    if (method === "chat.postMessage") recordPost(body);
    if (method === "chat.postMessage")
      return sendJson(res, 200, {
        ok: true,
        channel: body.channel,
        ts: `${Date.now() / 1000}`,
        message: { text: body.text },
      });
    if (method === "files.getUploadURLExternal") {
      const fileId = `F${++fileSeq}`;
      return sendJson(res, 200, { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId });
    }
    if (method === "files.completeUploadExternal")
      return sendJson(res, 200, {
        ok: true,
        files: ((body.files as { id: string; title?: string }[] | undefined) ?? []).map((f) => ({
          id: f.id,
          title: f.title,
        })),
      });
    if (method === "users.info")
      return sendJson(res, 200, {
        ok: true,
        user: { id: body.user, is_admin: body.user === "UADMIN", is_owner: false },
      });
    return sendJson(res, 200, { ok: true });
  });
  function recordPost(body: Record<string, unknown>) {
    const channel = String(body.channel);
    history.set(channel, [
      { type: "message", bot_id: "BBOT", text: body.text, ts: `${Date.now() / 1000}`, metadata: body.metadata },
      ...(history.get(channel) ?? []),
    ]);
  }
  const base = `http://127.0.0.1:${local.port}`;
  return {
    ...local,
    close: async () => {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => socketServer.close(() => resolve()));
      await local.close();
    },
    socketConnections: () => sockets.size,
    socketAcks,
    /** Sends a Socket Mode envelope to every connected client. */
    sendEnvelope: (envelope: Record<string, unknown>) => {
      for (const ws of sockets) ws.send(JSON.stringify(envelope));
    },
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    responses,
    failures,
    uploads,
    uploadFailures,
    brokenChannels,
    hold,
    delays,
    history,
    oauthApp,
    rejectedTokens,
    posts: () => calls.filter((c) => c.method === "chat.postMessage"),
  };
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("json")) return raw ? JSON.parse(raw) : {};
  const form = Object.fromEntries(new URLSearchParams(raw));
  // The Web API client sends arrays and objects (blocks) as JSON strings inside the form.
  for (const [k, v] of Object.entries(form)) {
    if (v.startsWith("[") || v.startsWith("{")) {
      try {
        form[k] = JSON.parse(v);
      } catch {}
    }
  }
  return form;
}

/** Signs a request body exactly as Slack does. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedRequestOptions {
  secret: string;
  timestamp?: number;
  signature?: string | null;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs a body to the bot as Slack would, signed; `signature: null` leaves the header out. */
export async function postSigned(
  url: string,
  body: string,
  options: SignedRequestOptions,
): Promise<{ status: number; body: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    ...options.headers,
  };
  const signature =
    options.signature === undefined ? slackSignature(options.secret, timestamp, body) : options.signature;
  if (signature !== null) headers["x-slack-signature"] = signature;
  const start = performance.now();
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - start };
}

/** The form body of a signed button click (`block_actions`) on an ephemeral message, as Slack sends it. */
export function blockActionsBody(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  actionTs: string;
  triggerId?: string;
  messageTs?: string;
  blockId?: string;
  channelId?: string;
  userId?: string;
  teamId?: string;
}): string {
  const channel = fields.channelId ?? "C1";
  const team = fields.teamId ?? "T1";
  return new URLSearchParams({
    payload: JSON.stringify({
      type: "block_actions",
      user: { id: fields.userId ?? "U1", username: "asker", team_id: team },
      api_app_id: "A1",
      token: "legacy",
      team: { id: team, domain: "fake" },
      channel: { id: channel, name: "general" },
      container: {
        type: "message",
        message_ts: fields.messageTs ?? "1700000000.000200",
        channel_id: channel,
        is_ephemeral: true,
      },
      trigger_id: fields.triggerId ?? `t-${fields.actionTs}`,
      response_url: fields.responseUrl,
      actions: [
        {
          type: "button",
          action_id: fields.actionId,
          block_id: fields.blockId ?? "b1",
          value: fields.value,
          action_ts: fields.actionTs,
          text: { type: "plain_text", text: fields.value },
        },
      ],
    }),
  }).toString();
}

/** Single-token HTTP-mode settings for a Slack adapter under test, pointed at a fake's Web API. */
export function httpSettings(apiUrl: string, signingSecret: string, adminUserIds: string[] = []) {
  return {
    botToken: "xoxb-test",
    signingSecret,
    apiUrl,
    adminUserIds,
    connection: { mode: "http" as const, port: 0 },
  };
}

export function slashCommandBody(fields: {
  text: string;
  triggerId: string;
  responseUrl: string;
  channelId?: string;
  userId?: string;
  teamId?: string;
}): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: fields.teamId ?? "T1",
    team_domain: "fake",
    channel_id: fields.channelId ?? "C1",
    channel_name: "general",
    user_id: fields.userId ?? "U1",
    user_name: "asker",
    command: "/career",
    text: fields.text,
    api_app_id: "A1",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}
