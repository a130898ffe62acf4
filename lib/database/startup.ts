/**
 * Server start-up: one clear line and exit(1) on a bad DATABASE_URL or a
 * failed migration; otherwise the pending migrations are applied first.
 *
 * `startDatabase` does it without holding up the server: the port opens and
 * serves what needs no database (the login page) while PGlite opens and the
 * migrations are checked; the app's queries wait for it (ready.ts). The check
 * runs on a client of its own, since the app's client waits for it.
 */
import { PrismaClient } from "@/generated/prisma/client";
import { adapterFactoryFor } from "./connect";
import { describeTarget, resolveDatabaseTarget } from "./config";
import { applyMigrations } from "./migrate";
import { holdQueriesUntil } from "./ready";

export async function prepareDatabaseAtStartup() {
  try {
    const target = resolveDatabaseTarget();
    const client = new PrismaClient({ adapter: adapterFactoryFor(target) });
    try {
      const applied = await applyMigrations(target, client, (l) => console.log(`[db] ${l}`));
      if (applied.length) console.log(`[db] ${describeTarget(target)}: ${applied.length} migration(s) applied`);
    } finally {
      await client.$disconnect().catch(() => {});
    }
  } catch (err) {
    console.error(`[db] ${err instanceof Error ? err.message : String(err)}`.split("\n")[0]);
    process.exit(1);
  }
}

/** Starts the database check; returns at once. Queries wait for it (bounded). */
export function startDatabase() {
  holdQueriesUntil(prepareDatabaseAtStartup());
}
