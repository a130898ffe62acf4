// npm run bench — figures of the production build, measured as the peer's
// bench.mjs measures its own (see README, "Benchmark"). It never builds: run
// `npx next build` first. Per database (PGlite, then PostgreSQL):
//
//   cold start       spawn → first 200 of /login, polled every 5 ms, BENCH_RUNS runs
//   full login       password → chooser → TOTP: BENCH_LOGINS one after another (p50/p99),
//                    then 8 workers for BENCH_DURATION s (logins/s, p50/p99)
//   beyond the hash  serial login p50 − one argon2id verification (p50, this process)
//   home             GET /home (full mode), 32 connections, BENCH_DURATION s (autocannon)
//   打刻             32 limited sessions at once, BENCH_DURATION s; then the database is
//                    counted: every punch answered "recorded" stored once, nothing else
//
//   BENCH_RUNS=5  BENCH_PORT=3230  BENCH_LOGINS=200  BENCH_DURATION=20  BENCH_LOGIN_POOL=2500
//   BENCH_DATABASES=pglite,postgresql  BENCH_PHASES=logins,home,punches  BENCH_RESULTS=.data/bench-results.json
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"  (node flags of the measured server)
//   BENCH_POSTGRES_URL=postgresql://tobira:tobira@localhost:5432/tobira  (a role with CREATEDB;
//   the PostgreSQL figures are skipped when it cannot be reached)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { BenchAccount } from "./accounts";
import { coldStart } from "./cold-start";
import { formatComparison } from "./compare-table";
import { dropPostgres, freshCopy, preparePostgres, prepareTemplate, removeBenchFolders, storedPunchKeys } from "./database";
import { measureHome } from "./home";
import { latency, measureLogins } from "./load";
import { checkPunches } from "./punch-check";
import { measurePunches, type PunchLoad } from "./punches";
import type { DatabaseKind, DatabaseResults, TobiraResults } from "./results";
import { startServer } from "./server";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const runs = env("BENCH_RUNS", 5);
const port = env("BENCH_PORT", 3230);
const serialLogins = env("BENCH_LOGINS", 200);
const durationS = env("BENCH_DURATION", 20);
const loginPool = env("BENCH_LOGIN_POOL", 2500);
const databases = (process.env.BENCH_DATABASES ?? "pglite,postgresql").split(",") as DatabaseKind[];
// One load alone, e.g. to profile it (BENCH_NODE_ARGS) without the others' samples.
const phases = new Set((process.env.BENCH_PHASES ?? "logins,home,punches").split(","));
const resultsFile = path.resolve(process.env.BENCH_RESULTS ?? ".data/bench-results.json");
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://tobira:tobira@localhost:5432/tobira";
const LOGIN_WORKERS = 8;
const HOME_CONNECTIONS = 32;
const PUNCH_CLIENTS = 32;

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench: no production build in .next — run `npx next build` first (the benchmark never builds)");
  process.exit(1);
}

const version = (p: string) => (JSON.parse(readFileSync(`node_modules/${p}/package.json`, "utf8")) as { version: string }).version;
const results: TobiraResults = {
  date: new Date().toISOString(),
  loadavgAtStart: os.loadavg(),
  loadavgAtEnd: [],
  cores: os.availableParallelism(),
  versions: { node: process.version, ...Object.fromEntries(["next", "react", "next-auth", "@prisma/client", "@electric-sql/pglite", "pg"].map((p) => [p, version(p)])) },
  durationS,
  hashMs: { n: 0, p50: NaN, p99: NaN },
  databases: {},
};
console.log(`1-min load average at start: ${results.loadavgAtStart[0]!.toFixed(2)} (${results.cores} cores)`);

// ---- one password hash ----------------------------------------------------------
const hash = await hashPassword("bench-Password-2026");
await verifyPassword(hash, "bench-Password-2026");
const hashMs: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  await verifyPassword(hash, "bench-Password-2026");
  hashMs.push(performance.now() - t0);
}
results.hashMs = latency(hashMs);

// Accounts, in order: the login warm-up, the serial logins, the concurrent pool, the punch clients, the home page's.
const accountsNeeded = 1 + serialLogins + loginPool + PUNCH_CLIENTS + 1;
function split(accounts: BenchAccount[]) {
  const logins = accounts.slice(0, 1 + serialLogins + loginPool);
  const punchers = accounts.slice(logins.length, logins.length + PUNCH_CLIENTS);
  return { logins, punchers, home: accounts[accounts.length - 1]! };
}

async function onDatabase(kind: DatabaseKind, databaseUrl: () => string, accounts: BenchAccount[]): Promise<DatabaseResults> {
  const coldStartMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await coldStart({ port, databaseUrl: databaseUrl() });
    coldStartMs.push(result.firstOk);
    console.log(`${kind}: cold start ${i + 1}/${runs}: first 200 of /login after ${Math.round(result.firstOk)} ms`);
  }
  const url = databaseUrl();
  console.log(`${kind}: starting the production server for the load …`);
  const server = await startServer({ port, databaseUrl: url });
  const parts = split(accounts);
  const measured: Omit<DatabaseResults, "coldStartMs" | "punches"> & { punches?: Omit<PunchLoad, "createdKeys"> } = {};
  let createdKeys: string[] = [];
  try {
    if (phases.has("logins")) {
      measured.logins = await measureLogins(server.origin, parts.logins, serialLogins, LOGIN_WORKERS, durationS);
      measured.beyondHashMs = measured.logins.serial.p50 - results.hashMs.p50;
      console.log(`${kind}: logins`, measured.logins);
    }
    if (phases.has("home")) {
      measured.home = await measureHome(server.origin, parts.home, HOME_CONNECTIONS, durationS);
      console.log(`${kind}: home`, measured.home);
    }
    if (phases.has("punches")) {
      ({ createdKeys, ...measured.punches } = await measurePunches(server.origin, parts.punchers, PUNCH_CLIENTS, durationS));
    }
  } catch (err) {
    console.error(server.output().slice(-3000));
    throw err;
  } finally {
    await server.stop();
  }
  const { punches, ...rest } = measured;
  if (!punches) return { coldStartMs, ...rest };
  const check = checkPunches(createdKeys, await storedPunchKeys(url, parts.punchers.map((a) => a.loginId)));
  console.log(`${kind}: punches`, punches, check);
  return { coldStartMs, ...rest, punches: { ...punches, check } };
}

if (databases.includes("pglite")) {
  console.log(`preparing a migrated, seeded PGlite template in .data/bench (${accountsNeeded} accounts) …`);
  const accounts = await prepareTemplate(accountsNeeded);
  let n = 0;
  // A fresh copy for each server, as it would find the folder after a clean stop.
  results.databases.pglite = await onDatabase("pglite", () => `pglite:${freshCopy(`run-${n++}`)}`, accounts);
  removeBenchFolders();
}

if (databases.includes("postgresql")) {
  console.log(`preparing a fresh PostgreSQL database tobira_bench (${accountsNeeded} accounts) …`);
  const postgres = await preparePostgres(postgresUrl, accountsNeeded);
  if (postgres) {
    results.databases.postgresql = await onDatabase("postgresql", () => postgres.url, postgres.accounts);
    await dropPostgres(postgresUrl);
  } else {
    console.log(`bench: PostgreSQL at BENCH_POSTGRES_URL is not reachable: its figures are skipped`);
  }
}

results.loadavgAtEnd = os.loadavg();
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
console.log(`\n${formatComparison(null, results)}\n\nTobira's figures: ${path.relative(process.cwd(), resultsFile)}`);
