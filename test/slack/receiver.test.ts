import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { boltLogger } from "../../adapters/slack/logger";
import { GuardedReceiver, matchPath } from "../../adapters/slack/receiver";
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
