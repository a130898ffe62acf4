// checkDatabase backs GET /api/health: ok when the database answers, not ok
// (and quickly) when it does not.
import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/database/health";
import { createClient, getDb, setDbForTests } from "@/lib/database/client";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

describe(`checkDatabase (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("is ok against the test database, through getDb()", async () => {
    expect(getDb()).toBe(db().client);
    const result = await checkDatabase();
    expect(result.ok).toBe(true);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("is not ok when the database cannot be reached", async () => {
    // Port 1 on the loopback: refused at once, nothing listens there.
    const target = resolveDatabaseTarget("postgresql://tobira:secret@127.0.0.1:1/nowhere");
    const unreachable = createClient(target);
    setDbForTests(unreachable, target);
    try {
      const result = await checkDatabase(2_000);
      expect(result.ok).toBe(false);
      expect(result.latencyMs).toBeLessThan(2_500);
    } finally {
      setDbForTests(db().client, db().target);
      await unreachable.$disconnect().catch(() => {});
    }
  });
});
