#!/usr/bin/env node
// Runs the TypeScript CLI directly: no build step between `npm ci` and a working `careerbot`.
import { register } from "tsx/esm/api";

register();
// A closed pipe (`careerbot ask --jsonl | head`) ends the run quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = await import("../src/cli.ts");
process.exitCode = await runCli(process.argv.slice(2));
