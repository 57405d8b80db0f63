#!/usr/bin/env node
// The careerbot CLI. Runs the compiled build in dist/ when it is up to date (fast start), otherwise the TypeScript
// sources through tsx, so an edited source is never shadowed by a stale build. A production install (the npm
// package, the container) ships dist/ without src/ and without tsx: it always runs dist/.
//
// CommonJS (bin/package.json), unlike the rest of the project: Node starts a CommonJS entry without setting up its ES
// module loader, several milliseconds of every `careerbot` command.
//
// `careerbot ask "..."` (one question) usually starts from a V8 start-up snapshot instead (bin/careerbot, a shell
// launcher, and bin/snapshot.cjs); this file runs everything else, and that question too when there is no snapshot.
const {
  root,
  compiled,
  ONE_QUESTION_V8_FLAGS,
  RUN_V8_FLAGS,
  buildIsFresh,
  buildIdOf,
  wrapBundle,
} = require("./bundle.cjs");

const args = process.argv.slice(2);
const oneQuestion = args[0] === "ask" && !args.includes("--jsonl");
// V8 flags are given on the command line (bin/careerbot, the command, passes them), never set here: set after V8 has
// started, `--no-regexp-tier-up` crashed about one `careerbot start` in 75 under load with a segmentation fault in
// a pattern's machine code (core dumps: NativeRegExpMacroAssembler::Execute), and none in 300 without it.
// The code cache is kept per set of flags: V8 rejects one made under other flags, and a server started through the
// command and a test that runs this file with plain `node` would otherwise overwrite each other's.
const flagsUsed = process.execArgv.filter((a) => a.startsWith("--")).join(" ");
const ownFlags = (oneQuestion ? ONE_QUESTION_V8_FLAGS : RUN_V8_FLAGS).join(" ");
const { isAscii } = require("node:buffer");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

/**
 * The bundle (CommonJS, scripts/build.mjs), compiled with V8's code cache kept beside it: V8 then skips parsing and
 * compiling what the last run compiled, most of `careerbot ask`'s start-up. The cache starts with the bundle's build id
 * (the SHA-1 the build wrote on its first line; V8 itself only checks the source's length, its own version and flags):
 * any other bundle compiles from scratch and writes a new cache, if dist/ is writable (a read-only install just runs
 * uncached). The same id keys the validated copy of the data folder (src/data/cache.ts), also kept beside the bundle.
 */
function loadCompiled() {
  const bytes = readFileSync(compiled);
  const buildId = buildIdOf(bytes);
  const key = buildId === undefined ? undefined : Buffer.from(buildId, "hex");
  // The build leaves only ASCII (a one-byte string: no UTF-8 decoding, and half the memory); any other bundle is UTF-8.
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  // One file per set of flags (V8 rejects a cache made under others): the command's own, or any other named by its
  // flags ("plain" for none). Not a hash: node:crypto would add milliseconds to every start.
  const flagsTag =
    flagsUsed === ownFlags ? "" : `-${flagsUsed.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "plain"}`;
  const cacheFile = `${compiled}.${oneQuestion ? "ask" : "run"}${flagsTag}.v8-cache`;
  let cachedData;
  try {
    const cache = key && readFileSync(cacheFile);
    if (cache?.subarray(0, key.length).equals(key)) cachedData = cache.subarray(key.length);
  } catch {}
  const script = new Script(wrapBundle(source), {
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
