#!/usr/bin/env node
// The careerbot CLI. Runs the compiled build in dist/ when it is up to date (fast start), otherwise the TypeScript
// sources through tsx, so an edited source is never shadowed by a stale build. A production install (the npm
// package, the container) ships dist/ without src/ and without tsx: it always runs dist/.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const compiled = new URL("../dist/src/cli.js", import.meta.url);

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
    if (!existsSync(`${root}src`)) return true;
    return built >= Math.max(newestSourceMs(`${root}src`), newestSourceMs(`${root}adapters`));
  } catch {
    return false;
  }
}

// A closed pipe (`careerbot ask --jsonl | head`) ends the run quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

let runCli;
if (buildIsFresh()) {
  ({ runCli } = await import(compiled.href));
} else {
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
  ({ runCli } = await import("../src/cli.ts"));
}
process.exitCode = await runCli(process.argv.slice(2));
