// npm run bench — start-up figures of the production build. It never builds:
// run `npx next build` first. Each row is one measurement over BENCH_RUNS runs
// (default 5); add rows by composing more measurements below.
//
//   BENCH_RUNS=5  BENCH_PORT=3230
import { existsSync } from "node:fs";
import { coldStart, type ColdStart } from "./cold-start";
import { freshCopy, prepareTemplate, removeBenchFolders } from "./database";
import { formatTable, type Row } from "./table";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3230);

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench: no production build in .next — run `npx next build` first (the benchmark never builds)");
  process.exit(1);
}

console.log(`preparing a migrated, seeded PGlite template in .data/bench …`);
await prepareTemplate();

const starts: ColdStart[] = [];
for (let i = 0; i < runs; i++) {
  const dir = freshCopy(`run-${i}`);
  const result = await coldStart({ port, databaseUrl: `pglite:${dir}` });
  starts.push(result);
  console.log(
    `run ${i + 1}/${runs}: first 200 of / after ${Math.round(result.firstOk)} ms` +
      ` (port open ${fmt(result.listening)}, "Ready" ${fmt(result.ready)})`,
  );
}
removeBenchFolders();

const rows: Row[] = [
  { name: "cold start: spawn → first 200 of / (PGlite)", samples: starts.map((s) => s.firstOk), goal: 1000 },
  { name: "  spawn → port accepts connections", samples: starts.map((s) => s.listening ?? NaN) },
  { name: "  spawn → \"Ready\" printed", samples: starts.map((s) => s.ready ?? NaN) },
];
console.log();
console.log(formatTable(rows));

function fmt(ms: number | null) {
  return ms === null ? "never" : `${Math.round(ms)} ms`;
}
