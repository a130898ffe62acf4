/**
 * The benchmark's own PGlite folders (never .data/pglite, which belongs to
 * `npm run dev`): a template migrated and seeded once through the real code
 * and closed cleanly, and a fresh copy of it for each run. The same preparation
 * (migrations, demo seed, bench accounts) makes the PostgreSQL database. Also
 * reads back what the punch load stored.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createClient } from "@/lib/database/client";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { closePglite } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { seedDemoData } from "@/prisma/seed";
import { createBenchAccounts, type BenchAccount } from "./accounts";
import { dropDatabase } from "@/tests/support/drop-database";

export const BENCH_DIR = path.resolve(".data/bench");
const TEMPLATE = path.join(BENCH_DIR, "template");

/** Migrated, seeded, with `accounts` bench accounts; returns their keys. */
async function prepare(databaseUrl: string, accounts: number): Promise<BenchAccount[]> {
  const target = resolveDatabaseTarget(databaseUrl);
  const client = createClient(target);
  try {
    await applyMigrations(target, client);
    await seedDemoData(client);
    return await createBenchAccounts(client, accounts);
  } finally {
    await client.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
}

/**
 * The punch keys stored for these accounts, read once the server has stopped
 * (PGlite is one process at a time).
 */
export async function storedPunchKeys(databaseUrl: string, loginIds: string[]): Promise<string[]> {
  const target = resolveDatabaseTarget(databaseUrl);
  const client = createClient(target);
  try {
    const rows = await client.punch.findMany({ where: { account: { loginId: { in: loginIds } } }, select: { idempotencyKey: true } });
    return rows.map((r) => r.idempotencyKey);
  } finally {
    await client.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
}

export async function prepareTemplate(accounts: number): Promise<BenchAccount[]> {
  rmSync(BENCH_DIR, { recursive: true, force: true });
  return prepare(`pglite:${TEMPLATE}`, accounts);
}

/**
 * A fresh database `tobira_bench` on the PostgreSQL server of `adminUrl` (the
 * role needs CREATEDB), prepared like the template; null when the server
 * cannot be reached, so the bench still runs where there is none.
 */
export async function preparePostgres(adminUrl: string, accounts: number): Promise<{ url: string; accounts: BenchAccount[] } | null> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  try {
    await dropDatabase(admin, "tobira_bench");
    await admin.query("CREATE DATABASE tobira_bench");
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = "/tobira_bench";
  return { url: url.toString(), accounts: await prepare(url.toString(), accounts) };
}

export async function dropPostgres(adminUrl: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await dropDatabase(admin, "tobira_bench");
  } finally {
    await admin.end();
  }
}

/** A fresh copy of the template, as a server would find it after a clean stop. */
export function freshCopy(name: string): string {
  if (!existsSync(TEMPLATE)) throw new Error("bench: prepareTemplate() first");
  const dir = path.join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}

export function removeBenchFolders() {
  rmSync(BENCH_DIR, { recursive: true, force: true });
}
