// The database never makes a request hang: queries that arrive while the server
// is still opening the database wait for it (bounded), and on PostgreSQL a
// statement that runs too long is cancelled — both end as the one outage error
// (DatabaseUnavailableError → the 503 page) instead of a hang.
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/database/client";
import { holdQueriesUntil } from "@/lib/database/ready";
import { DatabaseUnavailableError } from "@/lib/database/unavailable";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

describe(`database start-up and time-outs (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("a query sent while the database is starting waits for it, then is answered", async () => {
    let finish!: () => void;
    holdQueriesUntil(new Promise<void>((resolve) => (finish = resolve)));
    let answered = false;
    const query = db().client.account.count().then((n) => ((answered = true), n));
    const tx = db().client.$transaction(async (t) => t.account.count());
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);
    finish();
    expect(await query).toBeGreaterThanOrEqual(0);
    expect(await tx).toBeGreaterThanOrEqual(0);
  });

  it("a failed start-up also releases the waiting queries (the server exits meanwhile)", async () => {
    holdQueriesUntil(Promise.reject(new Error("migration failed")));
    expect(await db().client.account.count()).toBeGreaterThanOrEqual(0);
  });

  it("a database still not ready after the bound answers as an outage, not a hang", async () => {
    let finish!: () => void;
    holdQueriesUntil(new Promise<void>((resolve) => (finish = resolve)), 50);
    await expect(db().client.account.count()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(db().client.$transaction(async (t) => t.account.count())).rejects.toBeInstanceOf(DatabaseUnavailableError);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(await db().client.account.count()).toBeGreaterThanOrEqual(0);
  });

  describe.runIf(testDatabaseKind === "postgresql")("PostgreSQL", () => {
    let quick: ReturnType<typeof createClient> | undefined;
    afterAll(() => quick?.$disconnect());

    it("a statement past its time-out is cancelled and answered as an outage", async () => {
      quick = createClient(db().target, { statementMs: 200, queryMs: 5_000 });
      const started = performance.now();
      await expect(quick.$queryRaw`SELECT pg_sleep(3)`).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(performance.now() - started).toBeLessThan(2_000);
      // The connection is usable again at once.
      expect(await quick.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    });
  });
});
