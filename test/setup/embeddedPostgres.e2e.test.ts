import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import pg from "pg";
import { describe, expect, it, onTestFinished } from "vitest";
import { freePort, type RunningPostgres, startEmbeddedPostgres } from "./embeddedPostgres";

async function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as { port: number }).port };
}

async function currentUser(server: RunningPostgres): Promise<string> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query("SELECT current_user AS user")).rows[0].user;
  } finally {
    await client.end();
  }
}

describe("the tests' embedded PostgreSQL", () => {
  it("starts on another port when a parallel suite takes the probed one first, and removes its folder on stop", async () => {
    const taken = await holdPort();
    onTestFinished(() => void taken.server.close());
    const offered: number[] = [];
    const server = await startEmbeddedPostgres({
      nextPort: async () => {
        const port = offered.length === 0 ? taken.port : await freePort();
        offered.push(port);
        return port;
      },
    });
    onTestFinished(() => server.stop());
    expect(offered).toHaveLength(2);
    expect(offered[0]).toBe(taken.port);
    expect(server.port).toBe(offered[1]);
    expect(await currentUser(server)).toBe("postgres");
    expect(existsSync(server.folder)).toBe(true);
    await server.stop();
    expect(existsSync(server.folder)).toBe(false);
  });

  it("gives up with PostgreSQL's own words when the port stays taken", async () => {
    const taken = await holdPort();
    onTestFinished(() => void taken.server.close());
    await expect(startEmbeddedPostgres({ nextPort: async () => taken.port, portAttempts: 2 })).rejects.toThrow(
      `embedded PostgreSQL did not start on port ${taken.port}:`,
    );
  });
});
