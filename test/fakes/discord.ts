import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { listenLocal, parseMultipart, readRawBody, sendJson, type UploadedFile } from "./http";

export const BOT_ID = "100000000000000001";
export const APP_ID = "100000000000000002";
export const GUILD_ID = "100000000000000003";
export const CHANNEL_ID = "100000000000000004";
export const DM_CHANNEL_ID = "100000000000000005";
export const USER_ID = "100000000000000006";
const JOINED = "2024-01-01T00:00:00.000Z";

const botUser = {
  id: BOT_ID,
  username: "careerbot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
};
const asker = { id: USER_ID, username: "asker", discriminator: "0", global_name: "Asker", avatar: null };

export interface RestCall {
  method: string;
  path: string;
  /** The JSON body, or a multipart request's payload_json. */
  body: Record<string, unknown>;
  /** Files of a multipart request (attachments), with their bytes. */
  files: UploadedFile[];
  /** "json", "multipart" or "none". */
  encoding: "json" | "multipart" | "none";
}

/**
 * A fake Discord on 127.0.0.1: REST under /api/v10 (calls recorded) and a v10 JSON gateway that says HELLO,
 * answers IDENTIFY with READY and GUILD_CREATE, acknowledges heartbeats, resumes sessions and dispatches events.
 */
/** The shard Discord routes a guild's events to: `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface FakeDiscordOptions {
  /** What GET /gateway/bot recommends; each connection then identifies with [shard, count]. Default 1. */
  shards?: number;
  /** Extra guilds beside GUILD_ID, each with one text channel. */
  guilds?: { id: string; channelId: string }[];
  /**
   * The one bot token Discord accepts (default: any). Another gets what Discord gives a wrong or reset token: 401 on
   * REST, and close code 4004 on IDENTIFY.
   */
  token?: string;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const shardCount = options.shards ?? 1;
  const guilds = [{ id: GUILD_ID, channelId: CHANNEL_ID }, ...(options.guilds ?? [])];
  /** The shard each connection identified as. */
  const shardOfSocket = new WeakMap<WebSocket, number>();
  const calls: RestCall[] = [];
  /** Status codes to return, in order, for "METHOD /path" keys (e.g. "POST /channels/1/messages"). */
  const failures = new Map<string, number[]>();
  /** One-shot failures for paths not known in advance (a message id the bot has just created). */
  const patternFailures: { method: string; pattern: RegExp; status: number }[] = [];
  let seq = 0;
  let messageId = 500;
  const identifies: unknown[] = [];
  const resumes: unknown[] = [];
  const sockets = new Set<WebSocket>();
  /** Messages posted in each channel, newest first, as GET /channels/:id/messages returns them. */
  const history = new Map<string, Record<string, unknown>[]>();

  /** The token accepted now; `revokeToken()` changes it, as a token reset in the Developer Portal does. */
  let validToken = options.token;
  const tokenAccepted = (authorization: string) =>
    validToken === undefined || authorization.replace(/^Bot /, "") === validToken;

  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", resolve));
  const gatewayUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;

  const send = (ws: WebSocket, payload: { op: number; d: unknown; t?: string | null; s?: number | null }) =>
    ws.send(JSON.stringify({ t: null, s: null, ...payload }));
  /** The intents each connection identified with. */
  const intentsOf = new WeakMap<WebSocket, number>();
  const dispatchTo = (ws: WebSocket, t: string, d: unknown) =>
    send(ws, { op: 0, t, s: ++seq, d: t === "MESSAGE_CREATE" ? asDiscordDelivers(d, intentsOf.get(ws) ?? 0) : d });

  wss.on("connection", (ws) => {
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    send(ws, { op: 10, d: { heartbeat_interval: 1000 } });
    ws.on("message", (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (packet.op === 1) send(ws, { op: 11, d: null });
      if (packet.op === 2) {
        identifies.push(packet.d);
        if (!tokenAccepted(`Bot ${(packet.d as { token?: string }).token}`)) {
          ws.close(4004, "Authentication failed.");
          return;
        }
        const identify = packet.d as { intents: number; shard?: [number, number] };
        intentsOf.set(ws, identify.intents);
        const [shard, count] = identify.shard ?? [0, 1];
        if (count !== shardCount || shard < 0 || shard >= count) {
          ws.close(4010, "invalid shard");
          return;
        }
        shardOfSocket.set(ws, shard);
        const mine = guilds.filter((g) => shardOf(g.id, count) === shard);
        dispatchTo(ws, "READY", {
          v: 10,
          user: botUser,
          guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
          session_id: `fake-session-${shard}`,
          resume_gateway_url: gatewayUrl,
          shard: [shard, count],
          application: { id: APP_ID, flags: 0 },
          private_channels: [],
          relationships: [],
          presences: [],
        });
        for (const g of mine) dispatchTo(ws, "GUILD_CREATE", guildPayload(g.id, g.channelId));
      }
      if (packet.op === 6) {
        resumes.push(packet.d);
        dispatchTo(ws, "RESUMED", {});
      }
    });
  });

  const rest = await listenLocal(async (req, res) => {
    const raw = await readRawBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const contentType = req.headers["content-type"] ?? "";
    let body: Record<string, unknown> = {};
    let files: UploadedFile[] = [];
    let encoding: RestCall["encoding"] = "none";
    if (raw.length > 0 && contentType.startsWith("multipart/form-data")) {
      // Attachments: discord.js sends the message as payload_json beside files[n] parts.
      const form = await parseMultipart(raw, contentType);
      body = form.fields.payload_json ? JSON.parse(form.fields.payload_json) : {};
      files = form.files;
      encoding = "multipart";
    } else if (raw.length > 0 && contentType.includes("json")) {
      body = JSON.parse(raw.toString("utf8"));
      encoding = "json";
    }
    calls.push({ method: req.method ?? "GET", path, body, files, encoding });
    if (!tokenAccepted(String(req.headers.authorization ?? "")))
      return sendJson(res, 401, { message: "401: Unauthorized", code: 0 });
    const matched = patternFailures.findIndex((f) => f.method === req.method && f.pattern.test(path));
    const failure =
      matched === -1 ? failures.get(`${req.method} ${path}`)?.shift() : patternFailures.splice(matched, 1)[0]?.status;
    if (failure === 429) {
      return sendJson(
        res,
        429,
        { message: "You are being rate limited.", retry_after: 0.5, global: false },
        { "retry-after": "1", "x-ratelimit-scope": "user" },
      );
    }
    if (failure) return sendJson(res, failure, { message: "fake failure", code: failure === 404 ? 10003 : 50001 });
    if (path === "/gateway/bot") {
      return sendJson(res, 200, {
        url: gatewayUrl,
        shards: shardCount,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (path === "/users/@me") return sendJson(res, 200, botUser);
    const message = (channelId: string, id: string) => ({
      id,
      channel_id: channelId,
      author: botUser,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: req.method === "PATCH" ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: files.map((f, i) => ({
        id: String(700 + i),
        filename: f.filename,
        size: f.data.length,
        content_type: f.contentType,
        url: `http://127.0.0.1/attachments/${f.filename}`,
        proxy_url: `http://127.0.0.1/attachments/${f.filename}`,
      })),
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: 0,
      components: [],
    });
    const channelMessages = path.match(/^\/channels\/(\d+)\/messages$/);
    if (channelMessages && req.method === "GET") return sendJson(res, 200, history.get(channelMessages[1] ?? "") ?? []);
    if (channelMessages && req.method === "POST") {
      const channel = channelMessages[1] ?? "";
      const posted = message(channel, String(++messageId));
      history.set(channel, [posted, ...(history.get(channel) ?? [])]);
      return sendJson(res, 200, posted);
    }
    const messageEdit = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (messageEdit && req.method === "PATCH") {
      const channel = messageEdit[1] ?? "";
      const edited = message(channel, messageEdit[2] ?? "");
      history.set(
        channel,
        (history.get(channel) ?? []).map((m) => (m.id === edited.id ? edited : m)),
      );
      return sendJson(res, 200, edited);
    }
    // An interaction's reply, edited through the application's webhook.
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path) && req.method === "PATCH") {
      return sendJson(res, 200, message(CHANNEL_ID, String(++messageId)));
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      return res.end();
    }
    if (/^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path) && req.method === "PUT") {
      return sendJson(
        res,
        200,
        (body as unknown as unknown[]).map((c, i) => ({
          id: String(900 + i),
          application_id: APP_ID,
          version: "1",
          ...(c as object),
        })),
      );
    }
    return sendJson(res, 404, { message: "Unknown route in fake Discord", code: 0 });
  });

  const guildMessage = (content: string, extra: Record<string, unknown> = {}) => ({
    id: String(++messageId),
    channel_id: CHANNEL_ID,
    guild_id: GUILD_ID,
    channel_type: 0,
    author: asker,
    member: { roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: content.includes(`<@${BOT_ID}>`) || content.includes(`<@!${BOT_ID}>`) ? [botUser] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...extra,
  });

  const interaction = (
    type: number,
    {
      data,
      permissions = "0",
      user = asker,
      message,
    }: {
      data: Record<string, unknown>;
      permissions?: string;
      user?: Record<string, unknown>;
      message?: Record<string, unknown>;
    },
  ) => ({
    id: String(++messageId),
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general", permissions },
    member: { user, roles: [], permissions, joined_at: JOINED, deaf: false, mute: false, flags: 0 },
    token: `interaction-token-${messageId}`,
    version: 1,
    app_permissions: "2147483647",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    ...(message ? { message } : {}),
  });

  /**
   * Sends a dispatch to every connected client; with several shards, a guild's event goes only to the connection
   * of that guild's shard, as Discord does.
   */
  const dispatch = (t: string, d: unknown) => {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    for (const ws of sockets) {
      if (shardCount > 1 && guildId && shardOfSocket.get(ws) !== shardOf(guildId, shardCount)) continue;
      dispatchTo(ws, t, d);
    }
  };

  return {
    apiUrl: `http://127.0.0.1:${rest.port}/api`,
    calls,
    failures,
    failOnce: (method: string, pattern: RegExp, status: number) => patternFailures.push({ method, pattern, status }),
    history,
    identifies,
    resumes,
    connections: () => sockets.size,
    /** The shard of each live connection. */
    connectedShards: () => [...sockets].map((ws) => shardOfSocket.get(ws)).filter((s) => s !== undefined),
    dispatch,
    /** The bot token stops working (reset in the Developer Portal): REST answers 401, IDENTIFY gets 4004. */
    revokeToken: () => {
      validToken = "revoked";
    },
    /** Closes every gateway connection with a resumable close code, as Discord does on a restart. */
    dropConnections: (code = 4000) => {
      for (const ws of sockets) ws.close(code, "fake gateway restart");
    },
    messagesTo: (channelId: string) =>
      calls.filter((c) => c.method === "POST" && c.path === `/channels/${channelId}/messages`),
    /** Edits of messages in a channel (PATCH /channels/:id/messages/:id). */
    editsIn: (channelId: string) =>
      calls.filter((c) => c.method === "PATCH" && c.path.startsWith(`/channels/${channelId}/messages/`)),
    guildMessage,
    /**
     * A reply to `referenced`, as Discord sends it: type 19 with the reference and the replied-to message; with
     * `ping` (Discord's default) the replied-to author is in `mentions`, otherwise not.
     */
    replyTo: (
      referenced: Record<string, unknown>,
      content: string,
      { author = asker, ping = true }: { author?: Record<string, unknown>; ping?: boolean } = {},
    ) => {
      const message = guildMessage(content, { author });
      const repliedTo = referenced.author as { id: string } | undefined;
      const mentions = message.mentions as { id: string }[];
      return {
        ...message,
        type: 19,
        message_reference: { message_id: referenced.id, channel_id: referenced.channel_id, guild_id: GUILD_ID },
        referenced_message: referenced,
        mentions:
          ping && repliedTo && !mentions.some((u) => u.id === repliedTo.id) ? [...mentions, repliedTo] : mentions,
      };
    },
    directMessage: (content: string) => {
      const { guild_id: _guild, member: _member, ...dm } = guildMessage(content);
      return { ...dm, channel_id: DM_CHANNEL_ID, channel_type: 1, mentions: [] };
    },
    slashCommand: (question: string, permissions = "0", user: Record<string, unknown> = asker) =>
      interaction(2, {
        data: { id: "800", name: "career", type: 1, options: [{ name: "question", type: 3, value: question }] },
        permissions,
        user,
      }),
    /** `/career` being typed: Discord asks for choices (APPLICATION_COMMAND_AUTOCOMPLETE). */
    autocomplete: (typed: string, user: Record<string, unknown> = asker) =>
      interaction(4, {
        data: {
          id: "800",
          name: "career",
          type: 1,
          options: [{ name: "question", type: 3, value: typed, focused: true }],
        },
        user,
      }),
    /** A click on a button (MESSAGE_COMPONENT) of a message the bot sent. */
    buttonClick: (customId: string, message: Record<string, unknown>, user: Record<string, unknown> = asker) =>
      interaction(3, { data: { custom_id: customId, component_type: 2 }, user, message }),
    /** A user other than the default asker. */
    user: (id: string, username = `user${id.slice(-3)}`) => ({
      id,
      username,
      discriminator: "0",
      global_name: null,
      avatar: null,
    }),
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await rest.close();
    },
  };
}

const MESSAGE_CONTENT_INTENT = 1 << 15;

/**
 * What Discord sends a bot without the privileged Message Content intent: a guild message that neither mentions the
 * bot nor comes from it arrives with empty content, embeds, attachments and components. DMs and mentions are whole.
 */
function asDiscordDelivers(message: unknown, intents: number): unknown {
  const m = message as { guild_id?: string; author?: { id: string }; mentions?: { id: string }[] };
  if (intents & MESSAGE_CONTENT_INTENT || !m.guild_id || m.author?.id === BOT_ID) return message;
  if (m.mentions?.some((u) => u.id === BOT_ID)) return message;
  return { ...m, content: "", embeds: [], attachments: [], components: [] };
}

function guildPayload(guildId = GUILD_ID, channelId = CHANNEL_ID) {
  return {
    id: guildId,
    name: "Fake Server",
    icon: null,
    owner_id: USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    roles: [
      {
        id: guildId,
        name: "@everyone",
        permissions: "68608",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    channels: [
      {
        id: channelId,
        type: 0,
        name: "general",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
      },
    ],
    threads: [],
    members: [{ user: botUser, roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 }],
    member_count: 2,
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: JOINED,
    large: false,
    unavailable: false,
  };
}
