import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { boltLogger } from "../../adapters/slack/logger";
import { GuardedReceiver, matchPath, pathnameOf } from "../../adapters/slack/receiver";
import { createLogger } from "../../src/logger";
import { until } from "../helpers";

describe("Slack receiver custom routes", () => {
  it("matches literal segments exactly and `:name` segments as one non-empty, decoded segment", () => {
    const healthz = "/healthz".split("/");
    const charts = "/charts/:file".split("/");
    expect(matchPath(healthz, "/healthz")).toEqual({});
    expect(matchPath(healthz, "/healthz/")).toBeUndefined();
    expect(matchPath(healthz, "/health")).toBeUndefined();
    expect(matchPath(charts, "/charts/a.b.png")).toEqual({ file: "a.b.png" });
    expect(matchPath(charts, "/charts/a%20b.png")).toEqual({ file: "a b.png" });
    for (const path of ["/charts", "/charts/", "/charts/a/b.png", "/x/a.png", "/charts/%E0%A4%A.png"]) {
      expect(matchPath(charts, path)).toBeUndefined();
    }
  });

  it("reads a request's path as URL does, without building a URL for a plain one", () => {
    const targets = ["/", "/slack/events", "/slack/events?a=1", "/slack/events#x", "/charts/abc.png?sig=1"];
    const odd = ["/a/../slack/events", "/a/./b", "/%2e%2e/x", "/sl ack", "http://x/slack/events", "//x", "/.hidden"];
    for (const target of [...targets, ...odd]) {
      expect(pathnameOf(target)).toBe(new URL(target, "http://localhost").pathname);
    }
  });

  it("waits for an async route handler in flight when stopping", async () => {
    const log = createLogger("silent");
    let release: () => void = () => {};
    let started = false;
    const receiver = new GuardedReceiver({
      signingSecret: "secret",
      log,
      boltLogger: boltLogger(log),
      customRoutes: [
        {
          path: "/slow/:id",
          method: "GET",
          handler: async (req, res) => {
            started = true;
            await new Promise<void>((r) => {
              release = r;
            });
            res.writeHead(200, { "content-type": "text/plain" });
            res.end(`done ${req.params?.id}`);
          },
        },
      ],
    });
    const server = await receiver.start({ port: 0, host: "127.0.0.1" });
    const port = (server.address() as AddressInfo).port;
    const response = fetch(`http://127.0.0.1:${port}/slow/42`).then(async (r) => [r.status, await r.text()]);
    await until(() => started);
    let stopped: boolean | undefined;
    const stopping = receiver.stop(10_000).then((drained) => {
      stopped = drained;
    });
    // stop() closes the listener once no connection has arrived for a few turns (nothing is probed meanwhile: a probe
    // is a new connection, which keeps the listener open); the handler still waits, so stop() has not returned.
    await until(() => !server.listening);
    const refused = await fetch(`http://127.0.0.1:${port}/missing`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    expect(stopped).toBeUndefined();
    release();
    expect(await response).toEqual([200, "done 42"]);
    await stopping;
    expect(stopped).toBe(true);
  });
});

describe("Slack receiver: the one unsigned request", () => {
  it("answers Slack's ssl_check with 200 and refuses any other unsigned body with 401", async () => {
    const log = createLogger("silent");
    const receiver = new GuardedReceiver({ signingSecret: "secret", log, boltLogger: boltLogger(log) });
    const server = await receiver.start({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const post = (body: string) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }).then(
        (r) => r.status,
      );
    try {
      expect(await post("ssl_check=1&token=legacy")).toBe(200);
      expect(await post("token=legacy&ssl_check=1")).toBe(200);
      expect(await post("ssl_check=0&token=legacy")).toBe(401);
      expect(await post("command=%2Fcareer&text=ssl_check%3D1")).toBe(401);
    } finally {
      await receiver.stop(1_000);
    }
  });
});
