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

// Small pure-ESM libraries every command needs go into the bundle: one file read instead of a module graph
// (zod alone is 95 modules), which is most of what `careerbot ask` spent starting up. Everything else stays an
// import of node_modules, loaded only by the commands that use it: native addons (better-sqlite3, resvg), the platform
// libraries (Bolt, discord.js), pg, prom-client, and CommonJS packages (pino, dotenv) that ESM output cannot inline.
// Modules import zod as `import * as z from "zod"`, which lets esbuild drop what is unused (170 KB instead of 760).
const BUNDLED = new Set(["zod", "fuse.js", "fastest-levenshtein", "croner"]);
const packageName = (specifier) => specifier.split("/", specifier.startsWith("@") ? 2 : 1).join("/");
const externalUnlessBundled = {
  name: "external-unless-bundled",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

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
  plugins: [externalUnlessBundled],
  sourcemap: true,
  logLevel: "warning",
});
