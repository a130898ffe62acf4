/**
 * Failure limits, kept in the database so every app instance shares them.
 *
 * Per account, in separate buckets (policy.ts Bucket):
 * - "password:known": password attempts from a browser that holds this
 *   account's known-browser token (known-browser.ts);
 * - "password:other": every other password attempt — a capped delay, never a
 *   lock-out, since anyone who knows a login ID can fill it;
 * - "second_factor": codes (TOTP, e-mail, recovery, reset, e-mail change).
 * A guesser elsewhere fills "password:other" only, so the real user's own
 * browser is not locked out by them. Per IP, a fixed window on top.
 *
 * An attempt is counted BEFORE it is compared (claimAttempt): one statement
 * raises the count and sets the lock, or refuses when the bucket is locked, so
 * parallel guesses queue on the row and only as many are compared as the
 * schedule allows. A correct answer then clears the bucket (resetFailures).
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { utc } from "@/lib/database/sql-time";
import { FIRST_DELAY_MS, FREE_FAILURES, hardLocks, MAX_CONSECUTIVE_FAILURES, MAX_DELAY_MS, type Bucket } from "./policy";

export type { Bucket } from "./policy";
export const BUCKETS: readonly Bucket[] = ["password:known", "password:other", "second_factor"];

/** Far enough to read as "until unlocked" (a hard lock); the office's unlock deletes the row. */
const HARD_LOCK_UNTIL = "9999-12-31 00:00:00";

/** Whether one bucket's row locks now: a running delay, or a hard lock (until unlocked). */
export function bucketLocked(row: { lockedUntil: Date | null }, now: Date): boolean {
  return !!row.lockedUntil && row.lockedUntil > now;
}

export async function isLocked(accountId: string, bucket: Bucket, now: Date): Promise<boolean> {
  const row = await getDb().authThrottle.findUnique({ where: { accountId_bucket: { accountId, bucket } } });
  return !!row && bucketLocked(row, now);
}

/** The buckets of the account that are locked now (for the office's view of an account). */
export async function lockedBuckets(accountId: string, now: Date): Promise<Bucket[]> {
  const rows = await getDb().authThrottle.findMany({ where: { accountId } });
  return rows.filter((r) => bucketLocked(r, now)).map((r) => r.bucket as Bucket);
}

export type Claim = { ok: true; failures: number; locked: boolean } | { ok: false };

/**
 * Counts one attempt before it is checked. Refused (nothing counted) while the
 * bucket is locked; otherwise the count goes up and the lock of the new count
 * (policy.ts lockDurationMs) is set in the same statement. `locked` says
 * whether this attempt's count locks the bucket: if it turns out wrong, the
 * caller reports the lock.
 */
export async function claimAttempt(accountId: string, bucket: Bucket, now: Date): Promise<Claim> {
  const [row] = await getDb().$queryRaw<CountRow[]>(countSql(accountId, bucket, now, true));
  return row ? { ok: true, failures: row.failures, locked: bucketLocked(row, now) } : { ok: false };
}

/**
 * isIpLimited, then claimAttempt unless the address is limited, in one statement
 * (the code steps: the address's limit comes first, and a limited address counts nothing).
 */
export async function claimAttemptFrom(ip: string, accountId: string, bucket: Bucket, now: Date): Promise<Claim | { ok: false; ipLimited: true }> {
  const [row] = await getDb().$queryRaw<({ ipLimited: boolean } & { [K in keyof CountRow]: CountRow[K] | null })[]>`
    WITH "ip" AS (SELECT ${ipLimitedSql(ip, now)} AS "limited"),
      "claim" AS (${countSql(accountId, bucket, now, true, Prisma.sql`FROM "ip" WHERE NOT "ip"."limited"`)})
    SELECT "ip"."limited" AS "ipLimited", "claim"."failures", "claim"."lockedUntil" FROM "ip" LEFT JOIN "claim" ON true`;
  if (row?.ipLimited) return { ok: false, ipLimited: true };
  return row && row.failures !== null ? { ok: true, failures: row.failures, locked: bucketLocked(row, now) } : { ok: false };
}

/** Counts one failure whatever the lock (for attempts checked another way); returns whether the bucket is locked. */
export async function recordFailure(accountId: string, bucket: Bucket, now: Date): Promise<{ failures: number; locked: boolean }> {
  const row = (await getDb().$queryRaw<CountRow[]>(countSql(accountId, bucket, now, false)))[0]!;
  return { failures: row.failures, locked: bucketLocked(row, now) };
}

type CountRow = { failures: number; lockedUntil: Date | null };

/**
 * One INSERT … ON CONFLICT DO UPDATE: PostgreSQL locks the row, so a parallel
 * statement waits and then sees this one's count and lock. The lock is
 * lockDurationMs of the new count, written in SQL (a test holds the two equal).
 * `source` may make the first count conditional (FROM … WHERE …).
 */
function countSql(accountId: string, bucket: Bucket, now: Date, onlyUnlocked: boolean, source: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const at = Prisma.sql`(to_timestamp(${now.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;
  const n = Prisma.sql`("AuthThrottle"."failures" + 1)`;
  const hardAt = hardLocks(bucket) ? MAX_CONSECUTIVE_FAILURES : 2_147_483_647;
  return Prisma.sql`
    INSERT INTO "AuthThrottle" ("accountId", "bucket", "failures", "lastFailureAt", "lockedUntil")
    SELECT ${accountId}, ${bucket}, 1, ${at}, NULL::timestamp ${source} -- one failure is always free (FREE_FAILURES)
    ON CONFLICT ("accountId", "bucket") DO UPDATE SET
      "failures" = ${n},
      "lastFailureAt" = ${at},
      "lockedUntil" = CASE
        WHEN ${n} >= ${hardAt}::int THEN ${HARD_LOCK_UNTIL}::timestamp
        WHEN ${n} <= ${FREE_FAILURES}::int THEN NULL
        ELSE ${at} + LEAST(${FIRST_DELAY_MS}::double precision * power(2, LEAST(${n} - ${FREE_FAILURES + 1}::int, 30)), ${MAX_DELAY_MS}::double precision) * interval '1 millisecond'
      END
    WHERE ${!onlyUnlocked} OR "AuthThrottle"."lockedUntil" IS NULL OR "AuthThrottle"."lockedUntil" <= ${at}
    RETURNING "failures", "lockedUntil"`;
}

export async function resetFailures(accountId: string, buckets: Bucket[]) {
  await getDb().$executeRaw(resetFailuresSql(accountId, buckets));
}

/** resetFailures as a write that rides along in the statement of the move it goes with (lib/database/side-writes.ts). */
export function resetFailuresSql(accountId: string, buckets: readonly Bucket[]): Prisma.Sql {
  return Prisma.sql`DELETE FROM "AuthThrottle" WHERE "accountId" = ${accountId} AND "bucket" = ANY(${[...buckets]}::text[])`;
}

// ---- per IP ---------------------------------------------------------------

const IP_WINDOW_MS = 15 * 60_000;
function ipLimit() {
  return Number(process.env.IP_FAILURE_LIMIT ?? 200);
}

export async function isIpLimited(ip: string, now: Date): Promise<boolean> {
  const [row] = await getDb().$queryRaw<{ limited: boolean }[]>`SELECT ${ipLimitedSql(ip, now)} AS "limited"`;
  return !!row?.limited;
}

/** isIpLimited as an SQL condition, for a statement that reads it with something else (the password step's account). */
export function ipLimitedSql(ip: string, now: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "IpThrottle" WHERE "ip" = ${ip}
    AND "windowStart" > ${utc(new Date(now.getTime() - IP_WINDOW_MS))} AND "failures" >= ${ipLimit()}::int)`;
}

export async function recordIpFailure(ip: string, now: Date) {
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
