// Lock-out on a real database: the counting statement follows the policy's
// schedule exactly; a stranger filling the unknown-browser bucket never gets
// more than the capped delay, and the real user's known browser still signs in.
import { describe, expect, it } from "vitest";
import { createTestAccount } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { BUCKETS, claimAttempt, isLocked, recordFailure } from "@/lib/auth/throttle";
import { lockDurationMs, MAX_DELAY_MS } from "@/lib/auth/policy";

describe(`lock-out (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const lockOf = async (accountId: string, bucket: string) =>
    (await db().client.authThrottle.findUniqueOrThrow({ where: { accountId_bucket: { accountId, bucket } } })).lockedUntil;

  it("the counting statement sets the lock lockDurationMs gives, for every count and bucket", async () => {
    const { account } = await createTestAccount(db().client);
    const now = new Date("2026-03-01T00:00:00.000Z");
    for (const bucket of BUCKETS) {
      for (let n = 1; n <= 110; n++) {
        const { failures } = await recordFailure(account.id, bucket, now);
        expect(failures).toBe(n);
        const ms = lockDurationMs(n, bucket);
        const until = await lockOf(account.id, bucket);
        if (ms === 0) expect(until).toBeNull();
        else if (ms === Number.POSITIVE_INFINITY) expect(until!.getUTCFullYear()).toBe(9999);
        else expect(until!.getTime() - now.getTime()).toBe(ms);
      }
    }
  });

  it("200 failures from unknown browsers never lock longer than the cap; the known bucket stays open", async () => {
    const { account } = await createTestAccount(db().client);
    let now = Date.parse("2026-03-01T00:00:00.000Z");
    let counted = 0;
    while (counted < 200) {
      const at = new Date(now);
      const claim = await claimAttempt(account.id, "password:other", at);
      if (claim.ok) {
        counted++;
        const until = await lockOf(account.id, "password:other");
        if (until) expect(until.getTime() - now).toBeLessThanOrEqual(MAX_DELAY_MS);
        expect(await isLocked(account.id, "password:known", at)).toBe(false);
      } else {
        // Refused while locked: the guesser waits for the lock to end, never longer than the cap.
        const until = (await lockOf(account.id, "password:other"))!;
        expect(until.getTime() - now).toBeLessThanOrEqual(MAX_DELAY_MS);
        now = until.getTime();
      }
    }
    expect(await isLocked(account.id, "password:other", new Date(now + MAX_DELAY_MS))).toBe(false);
  });

  it("the second factor still locks for good after 100 consecutive failures", async () => {
    const { account } = await createTestAccount(db().client);
    const now = new Date();
    for (let i = 0; i < 100; i++) await recordFailure(account.id, "second_factor", now);
    expect(await isLocked(account.id, "second_factor", new Date(now.getTime() + 365 * 86_400_000))).toBe(true);
    expect((await claimAttempt(account.id, "second_factor", new Date(now.getTime() + 365 * 86_400_000))).ok).toBe(false);
  });

  it("a parallel burst is counted one by one: only the attempts the schedule allows get through", async () => {
    const { account } = await createTestAccount(db().client);
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 30 }, () => claimAttempt(account.id, "second_factor", now)));
    expect(claims.filter((c) => c.ok)).toHaveLength(5); // four free, the fifth sets the first delay
    expect((await db().client.authThrottle.findUniqueOrThrow({ where: { accountId_bucket: { accountId: account.id, bucket: "second_factor" } } })).failures).toBe(5);
  });
});
