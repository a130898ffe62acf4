/**
 * Opens the driver adapter for the configured database. PGlite is one
 * connection inside this process, so it is opened once and shared by the
 * Prisma client and the migration engine (which must never run in a second
 * process against the same folder).
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "./config";

// Survives Next's dev-mode module reloads, so one folder is never opened twice.
const holder = globalThis as typeof globalThis & { __tobiraPglite?: Map<string, PGlite> };
const open = (holder.__tobiraPglite ??= new Map<string, PGlite>());

export function pgliteFor(dataDir: string): PGlite {
  let pg = open.get(dataDir);
  if (!pg || pg.closed) {
    mkdirSync(dataDir, { recursive: true });
    pg = new PGlite(dataDir);
    open.set(dataDir, pg);
  }
  return pg;
}

export async function closePglite(dataDir: string) {
  const pg = open.get(dataDir);
  open.delete(dataDir);
  if (pg && !pg.closed) await pg.close();
}

/**
 * A hung server must not hang requests: PostgreSQL cancels a statement after
 * `statementMs` (a lock wait included), and the driver gives up on a server that
 * does not answer at all after `queryMs`. Both reach callers as
 * DatabaseUnavailableError (unavailable.ts), so the request gets the 503 page.
 * The longest statement of the app (a migration aside, which has its own
 * client) takes milliseconds.
 */
export type QueryTimeouts = { statementMs: number; queryMs: number };
export const QUERY_TIMEOUTS: QueryTimeouts = { statementMs: 10_000, queryMs: 15_000 };

export function adapterFactoryFor(target: DatabaseTarget, timeouts: QueryTimeouts = QUERY_TIMEOUTS): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "pglite") {
    // The adapter is typed against its own copy of driver-adapter-utils.
    return new PrismaPGlite(pgliteFor(target.dataDir)) as unknown as SqlMigrationAwareDriverAdapterFactory;
  }
  // During an outage a new connection is refused at once, or given up after 5 s if the
  // server does not answer, so requests fail fast (503) instead of queueing; the pool
  // opens fresh connections when the server is back, with no restart. Keep-alive finds
  // connections whose server vanished without closing them.
  return new PrismaPg({
    connectionString: target.url,
    connectionTimeoutMillis: 5_000,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    keepAlive: true,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
}
