// npm run bench — figures of the production build. It never builds: run
// `npx next build` first. Prints one table; each row is one measurement.
//
//   cold start         spawn → first 200 of /, median of BENCH_RUNS (PGlite)
//   password hash      one argon2id verification in this process
//   full login         password → chooser → TOTP, serially and 8 at once (PGlite, PostgreSQL)
//   limited punch      32 clients at once (PostgreSQL, and PGlite for comparison)
//
//   BENCH_RUNS=5  BENCH_PORT=3230  BENCH_LOGINS=20
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"  (node flags of the measured server)
//   BENCH_POSTGRES_URL=postgresql://tobira:tobira@localhost:5432/tobira  (a role with CREATEDB;
//   the PostgreSQL rows are skipped when it cannot be reached)
import { existsSync } from "node:fs";
import os from "node:os";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { coldStart, type ColdStart } from "./cold-start";
import { dropPostgres, freshCopy, preparePostgres, prepareTemplate, removeBenchFolders } from "./database";
import { measureLogins, measurePunches, percentile } from "./load";
import { startServer } from "./server";
import { formatTable, median, type Row } from "./table";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3230);
const serialLogins = Number(process.env.BENCH_LOGINS ?? 20);
const concurrency = 8;
const concurrentLogins = concurrency * 5;
const punchClients = 32;
const punchesPerClient = 40;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://tobira:tobira@localhost:5432/tobira";
// One warm-up login, the serial ones, the concurrent ones, then the punch clients.
const accountsNeeded = 1 + serialLogins + concurrentLogins + punchClients;

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench: no production build in .next — run `npx next build` first (the benchmark never builds)");
  process.exit(1);
}

const rows: Row[] = [];
const cores = os.availableParallelism();

// ---- cold start -------------------------------------------------------------
console.log(`preparing a migrated, seeded PGlite template in .data/bench …`);
const pgliteAccounts = await prepareTemplate(accountsNeeded);
const starts: ColdStart[] = [];
for (let i = 0; i < runs; i++) {
  const dir = freshCopy(`run-${i}`);
  const result = await coldStart({ port, databaseUrl: `pglite:${dir}` });
  starts.push(result);
  console.log(`cold start ${i + 1}/${runs}: first 200 of / after ${Math.round(result.firstOk)} ms`);
}
rows.push(
  { name: "cold start: spawn → first 200 of / (PGlite)", samples: starts.map((s) => s.firstOk), goal: 1000 },
  { name: "  spawn → port accepts connections", samples: starts.map((s) => s.listening ?? NaN) },
  { name: '  spawn → "Ready" printed', samples: starts.map((s) => s.ready ?? NaN) },
);

// ---- one password hash ----------------------------------------------------------
const hash = await hashPassword("bench-Password-2026");
const hashMs: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  await verifyPassword(hash, "bench-Password-2026");
  hashMs.push(performance.now() - t0);
}
const hashMedian = median(hashMs);
const hashLimit = (cores * 1000) / hashMedian;
rows.push({ name: "password hash: one argon2id verification (19 MiB, t=2)", samples: hashMs });

// ---- logins and punches, per database ---------------------------------------------
async function onDatabase(label: string, databaseUrl: string, accounts: typeof pgliteAccounts, punchGoals: boolean) {
  console.log(`\n${label}: starting the production server …`);
  const server = await startServer({ port, databaseUrl });
  try {
    const logins = await measureLogins(server.origin, accounts.slice(0, accounts.length - punchClients), serialLogins, concurrency);
    const punches = await measurePunches(server.origin, accounts.slice(accounts.length - punchClients), punchClients, punchesPerClient);
    const serialMedian = median(logins.serialMs);
    rows.push(
      { name: `full login, one at a time (${label})`, samples: logins.serialMs },
      { name: `  of which beyond its one password hash (${label})`, samples: [serialMedian - hashMedian], goal: 15 },
      { name: `full login, 8 at once: latency (${label})`, samples: logins.concurrentMs },
      {
        name: `full logins per second, 8 at once (${label}; limit ${cores} cores × 1000 / hash = ${hashLimit.toFixed(1)}/s)`,
        samples: [logins.concurrentPerSecond],
        unit: "/s",
        goal: Math.round(hashLimit * 0.85 * 10) / 10,
        atLeast: true,
      },
      { name: `  as a share of the hashing limit (${label})`, samples: [(100 * logins.concurrentPerSecond) / hashLimit], unit: "%", goal: 85, atLeast: true },
      {
        name: `limited punches per second, 32 at once (${label}, ${punches.count} punches)`,
        samples: [punches.perSecond],
        unit: "/s",
        ...(punchGoals ? { goal: 500, atLeast: true } : {}),
      },
      { name: `  punch latency p50 (${label})`, samples: [percentile(punches.latenciesMs, 50)] },
      { name: `  punch latency p99 (${label})`, samples: [percentile(punches.latenciesMs, 99)], ...(punchGoals ? { goal: 100 } : {}) },
    );
  } catch (err) {
    console.error(server.output().slice(-3000));
    throw err;
  } finally {
    await server.stop();
  }
}

await onDatabase("PGlite", `pglite:${freshCopy("load")}`, pgliteAccounts, false);
removeBenchFolders();

console.log(`\npreparing a fresh PostgreSQL database tobira_bench …`);
const postgres = await preparePostgres(postgresUrl, accountsNeeded);
if (postgres) {
  await onDatabase("PostgreSQL", postgres.url, postgres.accounts, true);
  await dropPostgres(postgresUrl);
} else {
  console.log(`bench: PostgreSQL at BENCH_POSTGRES_URL is not reachable: its rows are skipped`);
}

console.log(`\n${cores} cores, Node ${process.version}\n`);
console.log(formatTable(rows));
