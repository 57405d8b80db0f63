// Compiles the CLI (and, through it, the bot) to plain JavaScript in dist/, so `careerbot` and `npm start` skip
// the TypeScript loader at start-up. Runs on `npm ci` (the prepare script). bin/careerbot.js falls back to the
// TypeScript sources whenever dist/ is missing or older than them.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli.ts"],
  // dist/src/ keeps the sources' depth, so paths such as ../../data/ resolve the same from either.
  outdir: "dist/src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
