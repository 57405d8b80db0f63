// Where a CPU profile's time went, by source folder or package: `node --cpu-prof` writes the .cpuprofile,
// `npm run bench:slack -- --profile DIR` writes one per server. Bundled code in dist/ is mapped back to its source
// file through the `// src/...` line esbuild writes before each module. Prints self time per group and its share of
// the busy time (everything but idle).
//
//   node scripts/profile-summary.mjs FILE.cpuprofile [--by file|folder] [--top 20]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { by: { type: "string", default: "folder" }, top: { type: "string", default: "20" } },
});
if (positionals.length !== 1 || !["file", "folder"].includes(values.by))
  throw new Error("usage: node scripts/profile-summary.mjs FILE.cpuprofile [--by file|folder] [--top 20]");

const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));

/** For a bundled file: the source module each line belongs to, from esbuild's `// path` markers. */
const markers = new Map();
function moduleAt(url, line) {
  if (!markers.has(url)) {
    let lines = [];
    try {
      lines = readFileSync(fileURLToPath(url), "utf8").split("\n");
    } catch {}
    const found = [];
    for (const [i, text] of lines.entries()) {
      // "// src/intent/classify.ts", "// node_modules/zod/v4/core/core.js" (or ../../x/node_modules/... via a link)
      const m = /^\/\/ ((?:\.\.\/)*(?:[\w.-]+\/)*?(?:src|adapters|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(text);
      if (m) found.push([i, m[1]]);
    }
    markers.set(url, found);
  }
  let source;
  for (const [i, path] of markers.get(url)) {
    if (i > line) break;
    source = path;
  }
  return source;
}

function group(frame) {
  const { url, functionName, lineNumber } = frame;
  if (!url) {
    if (functionName.startsWith("RegExp:")) return "(regular expressions)";
    return functionName.startsWith("(") ? functionName : `(native ${functionName || "code"})`;
  }
  if (url.startsWith("node:")) return "node (internal)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg && !url.includes("/dist/src/")) return pkg[1];
  const path =
    (url.includes("/dist/src/") && moduleAt(url, lineNumber)) ||
    url.replace(/^.*?\/(src|adapters|bin|scripts)\//, "$1/");
  const bundledPkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (bundledPkg) return bundledPkg[1];
  return values.by === "file" ? path : path.split("/").slice(0, -1).join("/") || path;
}

const time = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const key = group(nodes.get(profile.samples[i]).callFrame);
  time.set(key, (time.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const busy = [...time].filter(([k]) => k !== "(idle)").reduce((sum, [, t]) => sum + t, 0);
console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`);
for (const [key, t] of [...time]
  .filter(([k]) => k !== "(idle)")
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(values.top)))
  console.log(`${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${key}`);
