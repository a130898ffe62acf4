/**
 * Failure limits, kept in the database so every app instance shares them.
 *
 * Per account, in separate buckets:
 * - "password:known": password attempts from a browser where this account
 *   has signed in before (a signed tag in a cookie; see known-browser.ts);
 * - "password:other": every other password attempt;
 * - "second_factor": codes (TOTP, e-mail, recovery).
 * A guesser elsewhere fills "password:other" only, so the real user's own
 * browser is not locked out by them. Per IP, a fixed window on top.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { lockDurationMs, MAX_CONSECUTIVE_FAILURES } from "./policy";

export type Bucket = "password:known" | "password:other" | "second_factor";
export const BUCKETS: readonly Bucket[] = ["password:known", "password:other", "second_factor"];

/** Whether one bucket's row locks now: a running delay, or the hard limit (until unlocked). */
export function bucketLocked(row: { failures: number; lockedUntil: Date | null }, now = new Date()): boolean {
  if (row.failures >= MAX_CONSECUTIVE_FAILURES) return true;
  return !!row.lockedUntil && row.lockedUntil > now;
}

export async function isLocked(accountId: string, bucket: Bucket, now = new Date()): Promise<boolean> {
  const row = await getDb().authThrottle.findUnique({ where: { accountId_bucket: { accountId, bucket } } });
  return !!row && bucketLocked(row, now);
}

/** The buckets of the account that are locked now (for the office's view of an account). */
export async function lockedBuckets(accountId: string, now = new Date()): Promise<Bucket[]> {
  const rows = await getDb().authThrottle.findMany({ where: { accountId } });
  return rows.filter((r) => bucketLocked(r, now)).map((r) => r.bucket as Bucket);
}

/** Counts one failure (atomically) and returns whether the bucket is now locked. */
export async function recordFailure(accountId: string, bucket: Bucket, now = new Date()): Promise<{ failures: number; locked: boolean }> {
  const db = getDb();
  const row = await db.authThrottle.upsert({
    where: { accountId_bucket: { accountId, bucket } },
    create: { accountId, bucket, failures: 1, lastFailureAt: now },
    update: { failures: { increment: 1 }, lastFailureAt: now },
  });
  const ms = lockDurationMs(row.failures);
  if (ms > 0) {
    const until = Number.isFinite(ms) ? new Date(now.getTime() + ms) : new Date("9999-12-31T00:00:00Z");
    await db.authThrottle.update({ where: { accountId_bucket: { accountId, bucket } }, data: { lockedUntil: until } });
  }
  return { failures: row.failures, locked: ms > 0 };
}

export async function resetFailures(accountId: string, buckets: Bucket[]) {
  await getDb().authThrottle.deleteMany({ where: { accountId, bucket: { in: buckets } } });
}

// ---- per IP ---------------------------------------------------------------

const IP_WINDOW_MS = 15 * 60_000;
function ipLimit() {
  return Number(process.env.IP_FAILURE_LIMIT ?? 200);
}

export async function isIpLimited(ip: string, now = new Date()): Promise<boolean> {
  const row = await getDb().ipThrottle.findUnique({ where: { ip } });
  return !!row && row.windowStart.getTime() + IP_WINDOW_MS > now.getTime() && row.failures >= ipLimit();
}

export async function recordIpFailure(ip: string, now = new Date()) {
  const db = getDb();
  const windowFloor = new Date(now.getTime() - IP_WINDOW_MS);
  // Start a new window when the old one has passed, else count in it.
  const reset = await db.ipThrottle.updateMany({ where: { ip, windowStart: { lt: windowFloor } }, data: { windowStart: now, failures: 1 } });
  if (reset.count === 1) return;
  await db.ipThrottle.upsert({
    where: { ip },
    create: { ip, windowStart: now, failures: 1 },
    update: { failures: { increment: 1 } },
  });
}
