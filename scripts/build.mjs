// Compiles the CLI (and, through it, the bot) to plain JavaScript in dist/, so `careerbot` and `npm start` skip
// the TypeScript loader at start-up. Runs on `npm ci` (the prepare script). bin/careerbot.js falls back to the
// TypeScript sources whenever dist/ is missing or older than them.
//
// esbuild is a dev dependency: a production install (`npm ci --omit=dev`, the container) ships a built dist/ and
// has no esbuild, so the prepare script then leaves dist/ as it is. `node scripts/build.mjs [OUTDIR]` builds
// elsewhere than dist/ (the production-install test does).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiOnly, BUILD_PLACEHOLDER, BUNDLE_OPTIONS } from "./bundle-options.mjs";

let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  console.warn("careerbot build: esbuild not installed (production install); using the dist/ shipped with the package");
  process.exit(0);
}

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = resolve(process.argv[2] ?? resolve(root, "dist"));
const outdir = resolve(dist, "src");
// Start empty: no stale file (nor a code cache of an older bundle, see bin/careerbot.js) is shipped.
rmSync(outdir, { recursive: true, force: true });
// The bundle's first line names its build: the SHA-1 of the bundle, written over a placeholder of the same length (so
// the source map stays true). bin/careerbot.js keys the code cache and the data cache with it, without hashing 1 MB
// or loading node:crypto at every start.
const { outputFiles } = await build({
  entryPoints: [resolve(root, "src/cli.ts")],
  // dist/src/ keeps the sources' depth, so paths such as ../../data/ resolve the same from either.
  outfile: resolve(outdir, "cli.cjs"),
  ...BUNDLE_OPTIONS,
  sourcemap: true,
  write: false,
  logLevel: "warning",
});
mkdirSync(outdir, { recursive: true });
for (const file of outputFiles) {
  if (!file.path.endsWith(".cjs")) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  const ascii = asciiOnly(file.text);
  const buildId = createHash("sha1").update(ascii).digest("hex");
  writeFileSync(file.path, ascii.replace(`careerbot-build ${BUILD_PLACEHOLDER}`, `careerbot-build ${buildId}`));
}

// Warm the code cache, then take the start-up snapshot of `careerbot ask`: both only for this checkout's dist/ (another
// OUTDIR has no launcher of its own here). Neither is needed: without them `careerbot ask` only starts slower.
const launcher = resolve(root, "bin/careerbot.js");
if (dist === resolve(root, "dist") && existsSync(launcher)) {
  // The first `careerbot ask` writes the code cache beside the bundle (bin/careerbot.js), so the first one a user runs
  // is as fast as the rest.
  // (With the flags bin/careerbot gives a question: the cache is kept per set of flags.)
  const { ONE_QUESTION_V8_FLAGS } = createRequire(import.meta.url)("../bin/bundle.cjs");
  const warm = spawnSync(process.execPath, [...ONE_QUESTION_V8_FLAGS, launcher, "ask", "lead ml architect salary"], {
    cwd: tmpdir(),
    stdio: ["ignore", "ignore", "pipe"],
  });
  if (warm.status !== 0) console.warn(`careerbot build: could not warm the code cache: ${warm.stderr}`);
  takeStartupSnapshot();
}

/**
 * dist/src/cli.ask.snapshot: the V8 heap after the bundle has started and built the bot (bin/snapshot.cjs), taken
 * under the V8 flags of one question, which it needs again to load. Written to a temporary file first: a failed or
 * interrupted snapshot never replaces a good one, and bin/careerbot never finds half a file.
 */
function takeStartupSnapshot() {
  const { ONE_QUESTION_V8_FLAGS } = createRequire(import.meta.url)("../bin/bundle.cjs");
  const snapshot = resolve(outdir, "cli.ask.snapshot");
  const temporary = `${snapshot}.${process.pid}`;
  const taken = spawnSync(
    process.execPath,
    [...ONE_QUESTION_V8_FLAGS, "--snapshot-blob", temporary, "--build-snapshot", resolve(root, "bin/snapshot.cjs")],
    { cwd: tmpdir(), stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
  );
  if (taken.status === 0 && existsSync(temporary)) {
    renameSync(temporary, snapshot);
    return;
  }
  rmSync(temporary, { force: true });
  // Node's warnings that node:vm and node:module are "not yet fully verified" in a snapshot are not the failure.
  const reason = taken.stderr
    .split("\n")
    .filter((line) => line.trim() && !/Warning: It's not yet|^It may|^To request|--trace-warnings/.test(line));
  console.warn(
    `careerbot build: no start-up snapshot (careerbot ask starts without it, slower): ${taken.signal ?? `exit ${taken.status}`}\n${reason.slice(0, 12).join("\n")}`,
  );
}
