// Where a measured server's CPU time went: reads .cpuprofile files (node
// --cpu-prof, see BENCH_NODE_ARGS in bench/run.ts) and prints the top self
// time by function and by module (a package of node_modules, a chunk of the
// build, Node's internals).
//
//   npx tsx bench/profile-summary.ts /tmp/prof/*.cpuprofile  [--top 25]
import { readFileSync } from "node:fs";
import path from "node:path";

type Frame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: { id: number; callFrame: Frame }[]; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const files = args.filter((a, i) => a !== "--top" && i !== topAt + 1);
if (files.length === 0) {
  console.error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile>… [--top N]");
  process.exit(2);
}

/** The module a frame belongs to: a package, a build chunk, or Node itself. */
function moduleOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return url.split("/")[0]!.replace(/^node:internal.*/, "node:internal");
  const packages = url.split("/node_modules/");
  if (packages.length > 1) {
    const rest = packages[packages.length - 1]!.split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next's own compiled copies (React's renderer among them) are told apart by file.
    return pkg === "next" && rest[2] === "compiled" ? `next/compiled/${rest[3]}` : pkg;
  }
  const build = url.indexOf("/.next/");
  return build >= 0 ? `build: ${path.basename(url)}` : url.replace(/^file:\/\//, "");
}

const byFunction = new Map<string, number>();
const byModule = new Map<string, number>();
let total = 0;
let idle = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample belongs to this one
    const f = frames.get(id)!;
    total += us;
    if (f.functionName === "(idle)") {
      idle += us;
      return;
    }
    const where = f.url ? `${moduleOf(f.url, f.functionName)}:${f.lineNumber + 1}` : "";
    const fn = `${f.functionName || "(anonymous)"} ${where}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const mod = moduleOf(f.url, f.functionName);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
  });
}

const busy = total - idle;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`${files.length} profile(s): ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (${((100 * busy) / total).toFixed(0)}%); shares below are of busy time`);
print("self time by module", byModule);
print("self time by function", byFunction);
