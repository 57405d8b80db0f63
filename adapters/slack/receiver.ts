import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ListenOptions, Socket } from "node:net";
import {
  type App,
  type Logger as BoltLogger,
  type BufferedIncomingMessage,
  type CustomRoute,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  ReceiverMultipleAckError,
} from "@slack/bolt";
import type { ParamsIncomingMessage } from "@slack/bolt/dist/receivers/ParamsIncomingMessage";
import type { CallbackOptions, InstallProvider, InstallURLOptions } from "@slack/oauth";
import type { Logger } from "../../src/logger";
import { toJson } from "./json";
import { redactUrl } from "./logger";
import { verifySlackSignature } from "./signature";

/**
 * The largest body Slack sends this bot: a `block_actions` payload carrying our own largest message (blocks are
 * capped near 11k characters: measured at 18 KB form-encoded, about 60 KB if every character needed escaping). 128 KiB leaves room and still stops a
 * stranger from parking megabytes per connection before the signature is even checked.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 128 * 1024;
/** Slack's own window: a timestamp further than this from our clock, in either direction, is refused. */
const MAX_CLOCK_SKEW_S = 5 * 60;

export interface GuardedReceiverOptions {
  signingSecret: string;
  log: Logger;
  boltLogger: BoltLogger;
  /**
   * Extra routes (GET /healthz, salary chart images): an exact path, or one with `:name` segments as in Bolt's
   * own `customRoutes` (`/charts/:file` answers any `/charts/<one segment>`, with `req.params.file`).
   */
  customRoutes?: CustomRoute[];
  endpoints?: string[];
  bodyLimitBytes?: number;
  /** Connections held at once; more are refused by the kernel-level accept loop. */
  maxConnections?: number;
  /** Time for a client to send its headers, and its whole request. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** OAuth install into many workspaces: the install page and the redirect URL, served as Bolt's HTTPReceiver does. */
  oauth?: ReceiverOAuth;
  /**
   * At stop, how long the listener stays open and requests keep being read and answered (each with `Connection:
   * close`), so requests already on their way, or sent before a load balancer saw readiness fail, are answered, not
   * reset (SHUTDOWN_DRAIN_MS). Bounded by stop()'s timeout. Default 0: the listener closes at once.
   */
  drainMs?: number;
}

/** What the receiver knows of each open connection, to close it only between requests. */
interface ConnectionState {
  /** Requests read on it and not yet answered. */
  active: number;
  /** When it last finished a response, or was accepted. */
  idleSince: number;
  /** The stop loop's turn at which something last happened on it (accepted, request read, response sent). */
  lastTurn: number;
}

/** While stopping: one turn of the stop loop, and how many quiet turns mean "nothing left in the kernel's buffers". */
const TURN_MS = 25;
const QUIET_TURNS = 3;

export interface ReceiverOAuth {
  installer: InstallProvider;
  /** Default `/slack/install`. */
  installPath?: string;
  /** Default `/slack/oauth_redirect`. */
  redirectUriPath?: string;
  installUrlOptions: InstallURLOptions;
  callbackOptions?: CallbackOptions;
  /** Told of a request to the OAuth paths refused before the installer saw it (logged, rate-limited). */
  onBadRequest?: (reason: string) => void;
}

function isOAuthPath(oauth: ReceiverOAuth, pathname: string): boolean {
  return (
    pathname === (oauth.installPath ?? "/slack/install") ||
    pathname === (oauth.redirectUriPath ?? "/slack/oauth_redirect")
  );
}

/** A custom route's handler; it may return a promise, which the receiver waits for (and counts as in flight). */
type RouteHandler = (req: ParamsIncomingMessage, res: ServerResponse) => void | Promise<void>;

interface Route {
  path: string;
  /** The path split on "/": a `:name` segment matches any one non-empty segment, as in Bolt's own routes. */
  segments: string[];
  handlers: Record<string, RouteHandler>;
}

/**
 * Matches a request path against a route's segments: literal segments exactly, `:name` segments any one non-empty
 * segment (URL-decoded into `params.name`). Undefined when it does not match.
 */
export function matchPath(segments: readonly string[], pathname: string): Record<string, string> | undefined {
  const parts = pathname.split("/");
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] ?? "";
    if (!segment.startsWith(":")) {
      if (part !== segment) return undefined;
      continue;
    }
    if (part === "") return undefined;
    try {
      params[segment.slice(1)] = decodeURIComponent(part);
    } catch {
      return undefined; // malformed escape: no route
    }
  }
  return params;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bolt's HTTP receiver with guards in front, built on Bolt's own HTTPModuleFunctions and HTTPResponseAck:
 * - bodies are capped before they are buffered (Content-Length first, then while reading);
 * - the timestamp must be within 5 minutes of our clock in either direction, checked before the body is read;
 * - a signed body that is not a JSON object (`null`, `payload=null`, an array) is a 400, never a crash;
 * - a signed slash command without `text` is treated as empty text;
 * - custom routes match exact paths or `:name` segments, and an async route handler counts as in flight;
 * - header and request timeouts, keep-alive timeout and a connection limit on the server;
 * - `stop(timeoutMs)` stops accepting, finishes requests in flight and the listener work they started (a share,
 *   a subscription's respond()), closes idle and slow connections, and gives up at the deadline.
 */
export class GuardedReceiver implements Receiver {
  /**
   * Set in OAuth mode: Bolt's App sees it and authorizes every request through `installer.authorize` (the workspace's
   * installation), exactly as with its own HTTPReceiver.
   */
  readonly installer?: InstallProvider;
  private app?: App;
  private server?: Server;
  private readonly routes: Route[] = [];
  private readonly endpoints: string[];
  private readonly bodyLimit: number;
  private stopping = false;
  /** Requests being answered, and listener work still running after its ack. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly connections = new Map<Socket, ConnectionState>();
  /** Turns of the stop loop so far, and the turn of the last accepted connection. */
  private turns = 0;
  private lastAcceptTurn = 0;

  constructor(private readonly options: GuardedReceiverOptions) {
    this.endpoints = options.endpoints ?? ["/slack/events"];
    this.bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
    this.installer = options.oauth?.installer;
    for (const custom of options.customRoutes ?? []) {
      let route = this.routes.find((r) => r.path === custom.path);
      if (!route) {
        route = { path: custom.path, segments: custom.path.split("/"), handlers: {} };
        this.routes.push(route);
      }
      const methods = Array.isArray(custom.method) ? custom.method : [custom.method];
      for (const m of methods) route.handlers[m.toUpperCase()] = custom.handler;
    }
  }

  init(app: App): void {
    this.app = app;
  }

  start(listen: number | ListenOptions = 3000): Promise<Server> {
    if (this.server) return Promise.reject(new Error("receiver already started"));
    const server = createServer(
      {
        headersTimeout: this.options.headersTimeoutMs ?? 10_000,
        requestTimeout: this.options.requestTimeoutMs ?? 15_000,
        keepAliveTimeout: this.options.keepAliveTimeoutMs ?? 5_000,
        connectionsCheckingInterval: 1_000,
      },
      (req, res) => {
        const state = this.connections.get(req.socket);
        if (state) {
          state.active++;
          state.lastTurn = this.turns;
        }
        res.once("close", () => {
          if (!state) return;
          state.active--;
          state.idleSince = Date.now();
          state.lastTurn = this.turns;
        });
        this.track(this.route(req, res));
      },
    );
    server.on("connection", (socket: Socket) => {
      this.connections.set(socket, { active: 0, idleSince: Date.now(), lastTurn: this.turns });
      this.lastAcceptTurn = this.turns;
      socket.once("close", () => this.connections.delete(socket));
    });
    server.maxConnections = this.options.maxConnections ?? 1024;
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(listen, () => {
        server.off("error", reject);
        resolve(server);
      });
    });
  }

  /**
   * Graceful, within `timeoutMs`, closing nothing under a client:
   * 1. drain (drainMs): the listener stays open; every request read is answered, with `Connection: close`, after
   *    which Node closes its connection. Then the listener closes once a few turns of the event loop passed without
   *    a new connection: connections the kernel completed but Node has not accepted yet would be reset by the close.
   * 2. a connection is closed once it has been idle (no request being answered) for the drain period and for a few
   *    turns of the event loop: a request sitting in its socket buffer is read on the next turn, so it is answered,
   *    never reset (Node's own close() would close it as idle at once).
   * 3. at the deadline, whatever is left is closed.
   * Resolves true when everything in flight finished before the deadline.
   */
  async stop(timeoutMs = 10_000): Promise<boolean> {
    const server = this.server;
    if (!server) return true;
    this.stopping = true;
    const deadline = Date.now() + timeoutMs;
    const drainMs = Math.min(this.options.drainMs ?? 0, timeoutMs);
    const drainEnd = Date.now() + drainMs;
    let closed: Promise<void> | undefined;
    const closeListener = () => {
      // Idle connections are closed below, by the rules above, not all at once by close().
      const closeIdle = server.closeIdleConnections.bind(server);
      server.closeIdleConnections = () => {};
      closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections = closeIdle;
    };
    while (Date.now() < deadline) {
      const turn = ++this.turns;
      const now = Date.now();
      if (!closed && now >= drainEnd && turn - this.lastAcceptTurn > QUIET_TURNS) closeListener();
      if (closed) {
        for (const [socket, state] of this.connections) {
          if (state.active > 0 || turn - state.lastTurn <= QUIET_TURNS || now - state.idleSince < drainMs) continue;
          this.connections.delete(socket);
          socket.destroy();
        }
        if (this.inFlight.size === 0 && this.connections.size === 0) break;
      }
      // A timer, not only the work in flight: each turn of the event loop accepts and reads what the kernel holds.
      await sleep(Math.min(TURN_MS, deadline - Date.now()));
    }
    if (!closed) closeListener();
    const drained = this.inFlight.size === 0;
    if (!drained)
      this.options.log.warn({ inFlight: this.inFlight.size }, "slack: requests still in flight at shutdown");
    server.closeAllConnections();
    for (const socket of this.connections.keys()) socket.destroy();
    await closed;
    this.server = undefined;
    return drained;
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    work.finally(() => this.inFlight.delete(work)).catch(() => {});
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // While stopping, answer what arrives on open connections, then close them.
    if (this.stopping) res.setHeader("connection", "close");
    // A request line no URL parser accepts is the client's fault: 400, not a 500 with an error logged.
    if (!URL.canParse(req.url ?? "/", "http://localhost")) return reply(res, 400);
    const pathname = pathnameOf(req.url);
    try {
      const method = (req.method ?? "GET").toUpperCase();
      if (this.endpoints.includes(pathname) && method === "POST") return await this.handleEvent(req, res);
      const oauth = this.options.oauth;
      if (oauth && method === "GET" && isOAuthPath(oauth, pathname)) {
        // The installer builds a URL from the Host header: a malformed one is refused here, not a 500 there.
        if (!URL.canParse(req.url ?? "/", `https://${req.headers.host}`)) {
          oauth.onBadRequest?.("malformed Host header");
          return reply(res, 400);
        }
        // The install link (a redirect to Slack's authorize page, setting the state cookie), then Slack's redirect
        // back with the code: state and cookie are checked, oauth.v2.access called, the installation stored.
        if (pathname === (oauth.installPath ?? "/slack/install"))
          return await oauth.installer.handleInstallPath(req, res, {}, oauth.installUrlOptions);
        if (pathname === (oauth.redirectUriPath ?? "/slack/oauth_redirect"))
          return await oauth.installer.handleCallback(req, res, oauth.callbackOptions);
      }
      const found = this.findRoute(pathname, method);
      // A handler may be async (a chart render): awaiting it keeps it in flight for a graceful stop.
      if (found) return await found.handler(Object.assign(req, { params: found.params }), res);
      reply(res, 404);
    } catch (error) {
      this.options.log.error({ err: error, url: redactUrl(req.url) }, "slack: request failed");
      if (!res.headersSent) reply(res, 500);
    }
  }

  /** The first route whose path matches (exactly, or with `:name` segments) and that answers this method. */
  private findRoute(
    pathname: string,
    method: string,
  ): { handler: RouteHandler; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const handler = route.handlers[method];
      const params = handler && matchPath(route.segments, pathname);
      if (handler && params) return { handler, params };
    }
    return undefined;
  }

  private async handleEvent(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Record<string, unknown>;
    let buffered: BufferedIncomingMessage;
    try {
      buffered = await this.readVerified(req);
      const parsed = parseBody(buffered);
      if (parsed === undefined) return reply(res, 200); // ssl_check
      body = parsed;
    } catch (error) {
      const status = error instanceof RequestError ? error.status : 400;
      this.options.log.warn({ status, reason: (error as Error).message }, "slack: request refused");
      if (status === 413) res.setHeader("connection", "close");
      return reply(res, status);
    }
    if (body.type === "url_verification") return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
    // A signed slash command always has text (possibly empty); a missing field must not reach the listener.
    if (typeof body.command === "string" && typeof body.text !== "string") body.text = "";
    const ack = new HTTPResponseAck({
      logger: this.options.boltLogger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    try {
      await this.app?.processEvent({
        body,
        ack: acknowledge(ack, res),
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
        customProperties: {},
      });
      if (ack.storedResponse !== undefined && !res.headersSent)
        HTTPModuleFunctions.buildContentResponse(res, ack.storedResponse);
    } catch (error) {
      const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
        error: error as Error,
        logger: this.options.boltLogger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
      if (acknowledged) ack.ack();
    }
  }

  /** Checks the headers, reads at most the body limit, then checks the signature. */
  private async readVerified(req: IncomingMessage): Promise<BufferedIncomingMessage> {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > this.bodyLimit) throw new RequestError(413, `body of ${length} bytes over the limit`);
    const signature = req.headers["x-slack-signature"];
    const timestamp = Number(req.headers["x-slack-request-timestamp"]);
    const signed = typeof signature === "string";
    if (signed) {
      if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > MAX_CLOCK_SKEW_S)
        throw new RequestError(401, "timestamp missing or more than 5 minutes from now");
    }
    const raw = await readCapped(req, this.bodyLimit);
    const buffered = Object.assign(req, { rawBody: raw }) as BufferedIncomingMessage;
    // Slack's ssl_check is the one unsigned request it sends.
    if (!signed) {
      if (isSslCheck(buffered)) return buffered;
      throw new RequestError(401, "no signature");
    }
    try {
      verifySlackSignature({ signingSecret: this.options.signingSecret, body: raw.toString(), timestamp, signature });
    } catch (error) {
      throw new RequestError(401, (error as Error).message);
    }
    return buffered;
  }
}

/**
 * Bolt's HTTPResponseAck.bind() (processBeforeResponse false), with the body serialized by toJson: an answer's
 * blocks were serialized when they were rendered, and are not serialized again.
 */
function acknowledge(ack: HTTPResponseAck, res: ServerResponse): (body?: unknown) => Promise<void> {
  let acknowledged = false;
  return async (body) => {
    if (acknowledged) throw new ReceiverMultipleAckError();
    acknowledged = true;
    ack.ack(); // no "not acknowledged within 3 s" for this request
    // As Bolt's buildContentResponse: nothing, a string as it is, anything else as JSON.
    if (!body) res.writeHead(200).end();
    else if (typeof body === "string") res.writeHead(200).end(body);
    else res.writeHead(200, { "content-type": "application/json" }).end(toJson(body));
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * The path of a request target ("/slack/events?x=1" -> "/slack/events"), as `new URL(target).pathname` gives it:
 * a plain path is cut at "?" without building a URL for every request; anything else (dot segments, escapes, an
 * absolute URL) goes through URL.
 */
export function pathnameOf(target = "/"): string {
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  return PLAIN_PATH.test(path) ? path : new URL(target, "http://localhost").pathname;
}
const PLAIN_PATH = /^(\/[A-Za-z0-9_-]+(\.[A-Za-z0-9]+)?)*\/?$/;

function reply(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

function readCapped(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        reject(new RequestError(413, `body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
    req.once("aborted", () => reject(new RequestError(400, "request aborted")));
  });
}

const SSL_CHECK = Buffer.from("ssl_check=");

function isSslCheck(req: BufferedIncomingMessage): boolean {
  return (
    req.headers["content-type"] === "application/x-www-form-urlencoded" &&
    // Parsed only when the field is there at all: every request is asked, and most are slash commands.
    req.rawBody.includes(SSL_CHECK) &&
    new URLSearchParams(req.rawBody.toString()).get("ssl_check") === "1"
  );
}

/** The body as an object; undefined for an ssl_check; throws on anything that is not an object. */
function parseBody(req: BufferedIncomingMessage): Record<string, unknown> | undefined {
  if (isSslCheck(req)) return undefined;
  const body: unknown = HTTPModuleFunctions.parseHTTPRequestBody(req);
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new RequestError(
      400,
      `body is ${body === null ? "null" : Array.isArray(body) ? "an array" : typeof body}, not an object`,
    );
  return body as Record<string, unknown>;
}
