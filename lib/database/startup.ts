/**
 * Server start-up: one clear line and exit(1) on a bad DATABASE_URL or a
 * failed migration; otherwise the pending migrations are applied first.
 */
import { getDb } from "./client";
import { describeTarget, resolveDatabaseTarget } from "./config";
import { applyMigrations } from "./migrate";

export async function prepareDatabaseAtStartup() {
  try {
    const target = resolveDatabaseTarget();
    const applied = await applyMigrations(target, getDb(), (l) => console.log(`[db] ${l}`));
    if (applied.length) console.log(`[db] ${describeTarget(target)}: ${applied.length} migration(s) applied`);
  } catch (err) {
    console.error(`[db] ${err instanceof Error ? err.message : String(err)}`.split("\n")[0]);
    process.exit(1);
  }
}
