// Compiles the CLI (and, through it, the bot) to plain JavaScript in dist/, so `careerbot` and `npm start` skip
// the TypeScript loader at start-up. Runs on `npm ci` (the prepare script). bin/careerbot.js falls back to the
// TypeScript sources whenever dist/ is missing or older than them.
//
// esbuild is a dev dependency: a production install (`npm ci --omit=dev`, the container) ships a built dist/ and
// has no esbuild, so the prepare script then leaves dist/ as it is. `node scripts/build.mjs [OUTDIR]` builds
// elsewhere than dist/ (the production-install test does).
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  console.warn("careerbot build: esbuild not installed (production install); using the dist/ shipped with the package");
  process.exit(0);
}

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = resolve(process.argv[2] ?? resolve(root, "dist"), "src");
// Chunk names change with their content: start empty so no stale chunk is shipped.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [resolve(root, "src/cli.ts")],
  // dist/src/ keeps the sources' depth, so paths such as ../../data/ resolve the same from either.
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
