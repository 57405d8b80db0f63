// What both ways of starting the built CLI share: bin/careerbot.js, and the start-up snapshot's entry
// (bin/snapshot.cjs, which loads this file through node:vm: while a snapshot is taken only Node's own modules can be
// required). Where the build is, whether it is fresh, what its id is, and how its code is wrapped.
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const compiled = join(root, "dist/src/cli.cjs");

/**
 * V8 flags for one question and out (`careerbot ask "..."`): regular expressions compiled straight to machine code (a
 * one-shot command runs most patterns once or twice, and compiling each to bytecode, then again to machine code when
 * it runs a second time, costs more than it saves), and no baseline or optimizing compilers (they compile functions
 * that would run a few times before the process ends: about a tenth of the command's time, `npm run bench:start`).
 * A server (`start`) and a batch (`ask --jsonl`) keep the compilers: their code runs again and again.
 * The start-up snapshot is taken under these flags and loads only under them: bin/careerbot passes the same.
 */
const ONE_QUESTION_V8_FLAGS = ["--no-regexp-tier-up", "--no-sparkplug", "--no-opt"];
const RUN_V8_FLAGS = ["--no-regexp-tier-up"];

function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** dist/ is newer than every source file (a production install ships dist/ without src/: always fresh). */
function buildIsFresh() {
  try {
    const built = statSync(compiled).mtimeMs;
    if (!existsSync(join(root, "src"))) return true;
    return built >= Math.max(newestSourceMs(join(root, "src")), newestSourceMs(join(root, "adapters")));
  } catch {
    return false;
  }
}

/** The id the build wrote on the bundle's first line (the bundle's SHA-1), from its first bytes. */
function buildIdOf(bytes) {
  return /careerbot-build ([0-9a-f]{40})/.exec(bytes.toString("latin1", 0, 200))?.[1];
}

/** Node's own CommonJS wrapper (strict, as the ES modules the bundle was built from), on the source's first line. */
function wrapBundle(source) {
  return `(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`;
}

module.exports = { root, compiled, ONE_QUESTION_V8_FLAGS, RUN_V8_FLAGS, buildIsFresh, buildIdOf, wrapBundle };
