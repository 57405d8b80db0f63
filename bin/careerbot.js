#!/usr/bin/env node
// The careerbot CLI. Runs the compiled build in dist/ when it is up to date (fast start), otherwise the TypeScript
// sources through tsx, so an edited source is never shadowed by a stale build. A production install (the npm
// package, the container) ships dist/ without src/ and without tsx: it always runs dist/.
//
// CommonJS (bin/package.json), unlike the rest of the project: Node starts a CommonJS entry without setting up its ES
// module loader, several milliseconds of every `careerbot` command.
// Regular expressions compiled straight to machine code: a one-shot command runs most of its patterns once or twice, and
// compiling each first to bytecode, then again to machine code when it runs a second time, costs more than it saves.
// One question and out (`careerbot ask "..."`) also goes without V8's baseline and optimizing compilers: they compile
// functions that would run a few times before the process ends (about a tenth of the command's time, `npm run
// bench:start`). A server (`start`) and a batch (`ask --jsonl`) keep them: their code runs again and again.
const args = process.argv.slice(2);
const oneQuestion = args[0] === "ask" && !args.includes("--jsonl");
const v8Flags = oneQuestion ? "--no-regexp-tier-up --no-sparkplug --no-opt" : "--no-regexp-tier-up";
require("node:v8").setFlagsFromString(v8Flags);
const { isAscii } = require("node:buffer");
const { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

const root = join(__dirname, "..");
const compiled = join(root, "dist/src/cli.cjs");

function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsFresh() {
  try {
    const built = statSync(compiled).mtimeMs;
    if (!existsSync(join(root, "src"))) return true;
    return built >= Math.max(newestSourceMs(join(root, "src")), newestSourceMs(join(root, "adapters")));
  } catch {
    return false;
  }
}

/**
 * The bundle (CommonJS, scripts/build.mjs), compiled with V8's code cache kept beside it: V8 then skips parsing and
 * compiling what the last run compiled, most of `careerbot ask`'s start-up. The cache starts with the bundle's build id
 * (the SHA-1 the build wrote on its first line; V8 itself only checks the source's length, its own version and flags):
 * any other bundle compiles from scratch and writes a new cache, if dist/ is writable (a read-only install just runs
 * uncached). The same id keys the validated copy of the data folder (src/data/cache.ts), also kept beside the bundle.
 */
function loadCompiled() {
  const bytes = readFileSync(compiled);
  const buildId = /careerbot-build ([0-9a-f]{40})/.exec(bytes.toString("latin1", 0, 200))?.[1];
  const key = buildId === undefined ? undefined : Buffer.from(buildId, "hex");
  // The build leaves only ASCII (a one-byte string: no UTF-8 decoding, and half the memory); any other bundle is UTF-8.
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  // V8 rejects a cache made under other flags: one file per set, so a server start and a question do not undo each other's.
  const cacheFile = `${compiled}.${oneQuestion ? "ask" : "run"}.v8-cache`;
  let cachedData;
  try {
    const cache = key && readFileSync(cacheFile);
    if (cache?.subarray(0, key.length).equals(key)) cachedData = cache.subarray(key.length);
  } catch {}
  // Node's own CommonJS wrapper (strict, as the ES modules it was built from), on the source's first line so line
  // numbers stay those of the file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`, {
    filename: pathToFileURL(compiled).href,
    cachedData,
  });
  const bundle = { exports: {} };
  // The bundle resolves its packages from dist/src/, as Node would for a file there.
  script.runInThisContext()(bundle.exports, createRequire(compiled), bundle, compiled, join(root, "dist/src"));
  if (buildId) bundle.exports.useDataCache({ file: `${compiled}.data-cache.json`, codeKey: buildId });
  /** After a run: the functions it compiled go into the cache, unless a valid one was used (or the bundle has no id). */
  function saveCache() {
    if (!key || (cachedData && !script.cachedDataRejected)) return;
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temporary, Buffer.concat([key, script.createCachedData()]));
      renameSync(temporary, cacheFile); // whole or not at all, when several runs write it at once
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return { runCli: bundle.exports.runCli, saveCache };
}

/** The TypeScript sources through tsx (a dev dependency), when dist/ is missing or older than them. */
async function loadSources() {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    console.error(
      "careerbot: dist/ is missing or older than src/, and tsx (a dev dependency) is not installed: run `npm run build` with dev dependencies installed",
    );
    process.exit(1);
  }
  register();
  const { runCli } = await import(pathToFileURL(join(root, "src/cli.ts")).href);
  return { runCli, saveCache() {} };
}

// A closed pipe (`careerbot ask --jsonl | head`) ends the run quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

(async () => {
  const { runCli, saveCache } = buildIsFresh() ? loadCompiled() : await loadSources();
  process.exitCode = await runCli(process.argv.slice(2));
  saveCache();
  // One question answered: end now, once stdout has taken the answer, rather than wait for V8 to finish a garbage
  // collection it may have begun (about 15 ms of `careerbot ask` when it has, `npm run bench:start`).
  if (oneQuestion) process.stdout.write("", () => process.exit());
})();
