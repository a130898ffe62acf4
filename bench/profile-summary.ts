// Where a measured server's CPU time went: reads .cpuprofile files (node
// --cpu-prof, see BENCH_NODE_ARGS in bench/run.ts) and prints the top self
// time by function and by module (a package of node_modules, a chunk of the
// build, Node's internals).
//
//   npx tsx bench/profile-summary.ts /tmp/prof/*.cpuprofile  [--top 25] [--last <s>] [--callers <text>]
//
// --last: only the profile's last <s> seconds, e.g. the load of a run with one
// phase (BENCH_PHASES=home BENCH_DURATION=15: --last 15), without start-up.
// --callers: the call paths (5 frames up) that lead to the functions whose
// name or module contains <text>, by their self time.
import { readFileSync } from "node:fs";
import path from "node:path";

type Frame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: { id: number; callFrame: Frame; children?: number[] }[]; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const top = Number(option("--top") ?? 25);
const callersOf = option("--callers");
const lastS = option("--last");
const files = args;
if (files.length === 0) {
  console.error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile>… [--top N]");
  process.exit(2);
}

/** The module a frame belongs to: a package, a build chunk, or Node itself. */
function moduleOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return url;
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
const byPath = new Map<string, number>();
let total = 0;
let idle = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id] as const)));
  const end = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const from = lastS === undefined ? -Infinity : end - Number(lastS) * 1e6;
  let at = 0;
  const label = (f: Frame) => `${f.functionName || "(anonymous)"} ${f.url ? `${moduleOf(f.url, f.functionName)}:${f.lineNumber + 1}` : ""}`.trim();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample belongs to this one
    at += profile.timeDeltas[i]!;
    if (at < from) return;
    const f = frames.get(id)!;
    total += us;
    if (f.functionName === "(idle)") {
      idle += us;
      return;
    }
    const fn = label(f);
    if (callersOf && fn.includes(callersOf)) {
      const chain = [fn];
      for (let up = parent.get(id); up !== undefined && chain.length < 6; up = parent.get(up)) chain.push(label(frames.get(up)!));
      const key = chain.join("\n      ← ");
      byPath.set(key, (byPath.get(key) ?? 0) + us);
    }
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
if (callersOf) print(`call paths to "${callersOf}"`, byPath);
