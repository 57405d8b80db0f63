#!/usr/bin/env node
// Runs the TypeScript CLI directly: no build step between `npm ci` and a working `careerbot`.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli.ts");
process.exitCode = await runCli(process.argv.slice(2));
