// npm run bench:compare — the peer's bench and Tobira's, one after the other in
// one run (never at the same time: they share the cores), then one table.
//
//   PEER_DIR=/tmp/peer-better-auth  a copy of the peer, `npm ci` and `npx next build` done
//                                   (unset: Tobira's figures only)
//   BENCH_COMPARE_ONLY=1            run nothing; print the table from the last result files
//
// Tobira's bench takes its own variables (bench/run.ts); its results go to
// BENCH_RESULTS (.data/bench-results.json), the peer's to PEER_DIR/bench-results.json.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatComparison } from "./compare-table";
import type { PeerResults, TobiraResults } from "./results";

const peerDir = process.env.PEER_DIR ? path.resolve(process.env.PEER_DIR) : null;
const tobiraFile = path.resolve(process.env.BENCH_RESULTS ?? ".data/bench-results.json");
const peerFile = peerDir && path.join(peerDir, "bench-results.json");
const runNothing = process.env.BENCH_COMPARE_ONLY === "1";

function run(what: string, command: string, args: string[], cwd: string) {
  console.log(`\n==== ${what} (1-min load average ${os.loadavg()[0]!.toFixed(2)}) ====`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, BENCH_RESULTS: tobiraFile } });
  if (result.status !== 0) {
    console.error(`bench:compare: ${what} failed (${result.signal ?? `exit ${result.status}`})`);
    process.exit(1);
  }
}

console.log(`bench:compare: 1-min load average at start ${os.loadavg()[0]!.toFixed(2)} (${os.availableParallelism()} cores)`);
if (peerDir && !existsSync(path.join(peerDir, ".next/BUILD_ID"))) {
  console.error(`bench:compare: ${peerDir} has no production build: run \`npm ci && npx next build\` there first`);
  process.exit(1);
}
if (!runNothing) {
  if (peerDir) run("Better Auth peer: node bench.mjs", process.execPath, ["bench.mjs"], peerDir);
  run("Tobira: bench/run.ts", process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "bench/run.ts"], process.cwd());
}

const tobira = JSON.parse(readFileSync(tobiraFile, "utf8")) as TobiraResults;
const peer = peerFile && existsSync(peerFile) ? (JSON.parse(readFileSync(peerFile, "utf8")) as PeerResults) : null;
if (peerDir && !peer) console.error(`bench:compare: no ${peerFile}: Tobira's figures only`);
console.log(`\n${peer ? `Better Auth ${peer.versions["better-auth"]} (${peer.date}) and ` : ""}Tobira (${tobira.date}), Node ${tobira.versions.node}\n`);
console.log(formatComparison(peer, tobira));
