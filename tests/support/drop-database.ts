/**
 * Drops a throw-away database on a PostgreSQL server as a role that is not a
 * superuser (the CI role has CREATEDB only).
 *
 * `DROP DATABASE … WITH (FORCE)` is not enough for such a role: FORCE must be
 * allowed to signal every backend on the database, and an autovacuum worker
 * that happens to be analysing a freshly seeded database belongs to no role,
 * so the drop fails with "must be a member of the role whose process is being
 * terminated". Instead this ends the role's own leftover connections (a pool
 * the code under test forgot to close), then runs a plain DROP, which stops an
 * autovacuum worker by itself, and retries while a connection is still
 * closing.
 */
import type pg from "pg";

const STILL_IN_USE = "55006"; // object_in_use: "database … is being accessed by other users"

export async function dropDatabase(admin: pg.Client, name: string, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND usename = current_user`,
      [name],
    );
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}"`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== STILL_IN_USE || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
