/**
 * Throw-away databases are dropped by a role that is not a superuser (CI's
 * role has CREATEDB only): a connection the code under test left open is
 * ended, and the drop does not need to signal backends of other roles (an
 * autovacuum worker on a freshly seeded database made `WITH (FORCE)` fail).
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { dropDatabase } from "@/tests/support/drop-database";

const server = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => u && /^postgres(ql)?:\/\//.test(u));

describe.skipIf(!server)("dropDatabase (postgresql)", () => {
  it("ends this role's leftover connections and drops the database", async () => {
    const name = `tobira_drop_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(server!);
      url.pathname = `/${name}`;
      const leftover = new pg.Client({ connectionString: url.toString() });
      leftover.on("error", () => {}); // it is about to be terminated
      await leftover.connect();
      await leftover.query("CREATE TABLE t AS SELECT generate_series(1, 1000) AS n");

      await dropDatabase(admin, name);

      const left = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      expect(left.rowCount).toBe(0);
      await leftover.end().catch(() => {});
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`).catch(() => {});
      await admin.end();
    }
  });
});
