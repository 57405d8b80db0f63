import { Agent, request } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { createLogger } from "../../src/logger";
import { httpSettings, slackSignature, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot } from "../helpers";

/**
 * Issue 17, item 5: a stop (what SIGTERM runs) answers every request already written to the receiver, and resets
 * nothing, counted at the client: raw sockets carrying signed /career commands, and keep-alive clients busy beside
 * them. Slack does not retry slash commands, so a reset is a lost question.
 */
const SECRET = "drain-secret";
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake?.close();
});

const started: SlackAdapter[] = [];
afterEach(async () => {
  // A test that failed before its stop: the adapter goes now (stopping twice is harmless).
  for (const adapter of started.splice(0)) await adapter.stop(1_000);
});

async function startAdapter(): Promise<{ adapter: SlackAdapter; port: number }> {
  const adapter = createSlackAdapter({
    bot,
    settings: httpSettings(fake.apiUrl, SECRET),
    log: createLogger("silent"),
    host: "127.0.0.1",
    retries: 0,
    drainMs: 1_000,
  });
  started.push(adapter);
  return { adapter, port: (await adapter.start()).port as number };
}

let seq = 0;
/** A signed /career command as raw HTTP/1.1 bytes, keep-alive (the client would reuse the connection). */
function commandBytes(): string {
  const body = slashCommandBody({
    text: "what does a lead ml architect earn?",
    triggerId: `drain-${++seq}`,
    responseUrl: fake.responseUrl(`drain-${seq}`),
    userId: `UD${seq}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return [
    "POST /slack/events HTTP/1.1",
    "Host: 127.0.0.1",
    "Content-Type: application/x-www-form-urlencoded",
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Slack-Request-Timestamp: ${timestamp}`,
    `X-Slack-Signature: ${slackSignature(SECRET, timestamp, body)}`,
    "Connection: keep-alive",
    "",
    body,
  ].join("\r\n");
}

type Outcome = "answered" | "reset" | "closed without answer";

/**
 * One raw connection: its outcome is a whole 200 response (by Content-Length, or chunked to its last chunk), a
 * reset (ECONNRESET, EPIPE) or a close without one.
 */
function rawConnection(port: number): Promise<{ socket: Socket; outcome: Promise<Outcome> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    const outcome = new Promise<Outcome>((done) => {
      socket.on("data", (chunk) => {
        data += String(chunk);
        const head = data.indexOf("\r\n\r\n");
        if (head < 0 || !data.startsWith("HTTP/1.1 200")) return;
        const length = /content-length: (\d+)/i.exec(data.slice(0, head))?.[1];
        const whole =
          length === undefined ? data.endsWith("\r\n0\r\n\r\n") : Buffer.byteLength(data) - head - 4 >= Number(length);
        if (whole) done("answered");
      });
      socket.on("error", () => done("reset"));
      socket.on("close", () => done("closed without answer"));
    });
    socket.once("connect", () => resolve({ socket, outcome }));
    socket.once("error", reject);
  });
}

/**
 * A keep-alive client asking /healthz over and over, as a load balancer's connection pool sends traffic: it retires
 * the backend once a response says `Connection: close` (the backend is draining, its readiness failing), and
 * counts every request that failed (a reset) on the way.
 */
function busyClient(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const counts = { ok: 0, reset: 0 };
  let retired = false;
  const ask = () =>
    new Promise<void>((done) => {
      const req = request({ host: "127.0.0.1", port, path: "/healthz", agent }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) counts.ok++;
          if (res.headers.connection === "close") retired = true;
          done();
        });
      });
      req.on("error", () => {
        counts.reset++;
        done();
      });
      req.end();
    });
  const run = (async () => {
    while (!retired && counts.reset === 0) await ask();
    agent.destroy();
  })();
  return { counts, run };
}

describe("Slack receiver: a stop answers what was sent, and resets nothing", () => {
  it("300 commands written before the stop, with 50 keep-alive clients busy beside them: 0 resets", async () => {
    const { adapter, port } = await startAdapter();
    const busy = Array.from({ length: 50 }, () => busyClient(port));
    await expect.poll(() => busy.every((b) => b.counts.ok > 0), { timeout: 10_000 }).toBe(true);
    const connections = await Promise.all(Array.from({ length: 300 }, () => rawConnection(port)));
    await Promise.all(
      connections.map(({ socket }) => new Promise<void>((done) => socket.write(commandBytes(), () => done()))),
    );
    const stopping = adapter.stop(10_000);
    const outcomes = await Promise.all(connections.map((c) => c.outcome));
    await stopping;
    await Promise.all(busy.map((b) => b.run));
    const tally = (o: Outcome) => outcomes.filter((x) => x === o).length;
    const busyResets = busy.reduce((n, b) => n + b.counts.reset, 0);
    console.log(
      `drain: commands answered ${tally("answered")}/300, reset ${tally("reset")}, closed unanswered ${tally("closed without answer")}; busy clients: ${busy.reduce((n, b) => n + b.counts.ok, 0)} ok, ${busyResets} reset`,
    );
    expect({ answered: tally("answered"), busyResets }).toEqual({ answered: 300, busyResets: 0 });
  }, 60_000);

  it("requests written on open keep-alive connections just after the stop began are answered, then closed", async () => {
    const { adapter, port } = await startAdapter();
    const connections = await Promise.all(Array.from({ length: 40 }, () => rawConnection(port)));
    const stopping = adapter.stop(10_000);
    for (const { socket } of connections) socket.write(commandBytes());
    const outcomes = await Promise.all(connections.map((c) => c.outcome));
    expect(outcomes.filter((o) => o === "answered")).toHaveLength(40);
    expect(await stopping).toBeUndefined();
    // The listener is gone.
    await expect(rawConnection(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  }, 30_000);
});
