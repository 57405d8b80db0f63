// `npm run bench` runs scripts/bench.ts bundled as the CLI is (scripts/bundle-options.mjs), not through tsx: tsx keeps
// every function's name with a call at each closure's creation, which made answer() about a fifth slower than in the
// bundle a running bot runs. Writes node_modules/.cache/careerbot/bench.cjs: kept out of dist/, which is shipped.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asciiOnly, BUNDLE_OPTIONS } from "./bundle-options.mjs";

const outfile = fileURLToPath(new URL("../node_modules/.cache/careerbot/bench.cjs", import.meta.url));
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL("bench.ts", import.meta.url))],
  outfile,
  ...BUNDLE_OPTIONS,
  write: false,
  logLevel: "warning",
});
mkdirSync(dirname(outfile), { recursive: true });
for (const file of outputFiles) writeFileSync(file.path, asciiOnly(file.text));
