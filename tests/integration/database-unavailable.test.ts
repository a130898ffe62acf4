// A lost database reaches callers as one error, DatabaseUnavailableError (which
// Next.js answers with the 503 page, app/unavailable/route.ts): model queries,
// raw queries, interactive and batch transactions alike. Port 1 on the loopback
// refuses at once, like a stopped server. The e2e outage test
// (e2e/instances/database-outage.spec.ts) stops a real server under load.
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/database/client";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { DatabaseUnavailableError } from "@/lib/database/unavailable";

const db = createClient(resolveDatabaseTarget("postgresql://tobira:hunter2-secret@127.0.0.1:1/tobira"));
afterAll(() => db.$disconnect().catch(() => {}));

describe("a database that cannot be reached", () => {
  it.each([
    ["a model query", () => db.account.count()],
    ["a raw query", () => db.$queryRawUnsafe("SELECT 1")],
    ["a tagged raw query", () => db.$queryRaw`SELECT 1`],
    ["an interactive transaction", () => db.$transaction(async (tx) => tx.account.count())],
    ["a batch transaction", () => db.$transaction([db.account.count()])],
  ])("%s fails with DatabaseUnavailableError, never the password", async (_label, run) => {
    const err = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as Error).message).not.toContain("hunter2-secret");
    expect((err as Error).message).toMatch(/^database unavailable: \S/);
  });
});
