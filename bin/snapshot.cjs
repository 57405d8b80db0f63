// The entry of the V8 start-up snapshot of `careerbot ask` (scripts/build.mjs takes it into
// dist/src/cli.ask.snapshot; bin/careerbot starts one question from it). Taking the snapshot runs the bundle's
// top-level code, builds the bot from the project's own data folder and answers a few questions
// (src/startupSnapshot.ts); a start from the snapshot begins after all that instead of reading, compiling and running
// it again: about a third of `careerbot ask` (`npm run bench:start`).
//
// A start checks that the snapshot still fits this folder: the same place, the same bundle, no source newer than the
// build. If not, it runs bin/careerbot.js in the same process, as if the snapshot were not there.
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join, resolve } = require("node:path");
const { startupSnapshot } = require("node:v8");
const { runInThisContext } = require("node:vm");

/** A CommonJS file run through node:vm: while a snapshot is taken, `require` knows only Node's own modules. */
function runCommonJs(file, source) {
  const module = { exports: {} };
  runInThisContext(source, { filename: file })(module.exports, require, module, file, join(file, ".."));
  return module.exports;
}

const bundleFile = join(__dirname, "bundle.cjs");
const build = runCommonJs(
  bundleFile,
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundleFile, "utf8")}\n})`,
);
const bytes = readFileSync(build.compiled);
const buildId = build.buildIdOf(bytes);
if (buildId === undefined) throw new Error(`${build.compiled} has no build id: build it with scripts/build.mjs`);
const cli = runCommonJs(build.compiled, build.wrapBundle(bytes.toString("latin1")));
cli.useDataCache({ file: `${build.compiled}.data-cache.json`, codeKey: buildId });
cli.prebuildBot();

/** The snapshot was taken in this very folder, of the bundle there now, and no source changed since. */
function fits(root) {
  try {
    const id = build.buildIdOf(readFileSync(build.compiled).subarray(0, 200));
    return resolve(root) === resolve(build.root) && id === buildId && build.buildIsFresh();
  } catch {
    return false;
  }
}

// bin/careerbot passes the package's folder first: `node --snapshot-blob FILE [flags] ROOT ask "..."`.
startupSnapshot.setDeserializeMainFunction(() => {
  const [root, ...args] = process.argv.slice(1);
  if (!fits(root)) {
    // Absolute: `createRequire` takes no relative path, and bin/careerbot passes "bin/.." when run as `bin/careerbot`.
    const launcher = resolve(root, "bin/careerbot.js");
    process.argv = [process.argv[0], launcher, ...args];
    createRequire(launcher)(launcher);
    return;
  }
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  cli.runCli(args).then((code) => {
    // As bin/careerbot.js does after one question: end once stdout has taken the answer.
    process.stdout.write("", () => process.exit(code));
  });
});
