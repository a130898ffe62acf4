/**
 * 打刻 (clock-in / clock-out) of ネット de 就業. A punch is stored at server
 * time, never at a time the browser sends. Only employees of a company that
 * uses ATTENDANCE may punch, and each sees only their own punches.
 *
 * Double taps and resubmissions: the form carries one idempotency key per
 * render, unique per account, so the same submission stores one punch; and a
 * second punch of the same kind within 60 seconds (a new render, tapped again)
 * returns the first instead of storing another.
 *
 * A punch is the busiest write of the product (everyone at 9:00), so it costs
 * one transaction of two statements: lock the account's row while reading the
 * company's licence; one insert that itself refuses a repeat and answers today's list.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { modeAllows } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session";
import { AppAccessError, assertAppAccess } from "@/lib/licences/queries";
import { japanDayRange } from "./japan-day";

export type PunchKind = "IN" | "OUT";
export type PunchView = { id: string; kind: PunchKind; at: Date };
/** created: stored now; duplicate: this key was already stored; too_soon: the same kind was punched under a minute ago. */
export type PunchResult = { status: "created" | "duplicate" | "too_soon"; punch: PunchView; today: PunchView[] };

export const PUNCH_REPEAT_WINDOW_MS = 60_000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,100}$/; // IDEMPOTENCY_KEY_MAX_LENGTH

function assertMayPunch(session: Session) {
  if (!modeAllows(session.mode, "attendance.punch")) throw new Error("attendance.punch is not allowed in this session mode");
}

function view(row: { id: string; kind: PunchKind; at: Date }): PunchView {
  return { id: row.id, kind: row.kind, at: row.at };
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

// "at" is TIMESTAMP(3) holding UTC; an ISO instant is cast the same way Prisma writes it.
const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

type Tx = Prisma.TransactionClient;

function listDay(db: Tx | ReturnType<typeof getDb>, accountId: string, now: Date): Promise<PunchView[]> {
  const { start, end } = japanDayRange(now);
  return db.punch.findMany({
    where: { accountId, at: { gte: start, lt: end } },
    orderBy: { at: "asc" },
    select: { id: true, kind: true, at: true },
  });
}

/** Stores a punch of the caller (or returns the one that makes this a repeat), at `now` (the request's clock), with today's list. */
export async function punch(session: Session, kind: PunchKind, idempotencyKey: string, now: Date): Promise<PunchResult> {
  assertMayPunch(session);
  if (kind !== "IN" && kind !== "OUT") throw new Error("invalid punch kind");
  // Printable ASCII (the form sends "<kind>:<uuid>"): nothing PostgreSQL would refuse reaches the insert.
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) throw new Error("invalid idempotency key");
  const { accountId, companyId } = session;
  if (session.role !== "EMPLOYEE" || !companyId) throw new AppAccessError("ATTENDANCE", "not_employee");

  const db = getDb();
  const byKey = { accountId_idempotencyKey: { accountId, idempotencyKey } };
  try {
    return await db.$transaction(async (tx) => {
      // Punches of one account run one at a time, so two renders submitted together cannot
      // both pass the 60-second check of the insert. The licence is read on every punch.
      const [lock] = await tx.$queryRaw<{ inUse: boolean | null }[]>`
        SELECT (SELECT l."inUse" FROM "AppLicence" l WHERE l."companyId" = ${companyId} AND l."app" = 'ATTENDANCE') AS "inUse"
        FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
      if (!lock?.inUse) throw new AppAccessError("ATTENDANCE", "not_licensed");
      // One statement stores the punch unless its key is known or the same kind was punched
      // within the window. No upper bound on time: a parallel request that read the clock a
      // moment later may have taken the lock first and stored a punch "after" this one's `now`.
      // The same statement answers today's list: the rows stored before it, and its own
      // (which its snapshot does not see otherwise).
      const { start, end } = japanDayRange(now);
      const rows = await tx.$queryRaw<(PunchView & { stored: boolean })[]>`
        WITH "stored" AS (
          INSERT INTO "Punch" ("id", "accountId", "kind", "at", "idempotencyKey")
          SELECT ${randomUUID()}, ${accountId}, ${kind}::"PunchKind", ${utc(now)}, ${idempotencyKey}
          WHERE NOT EXISTS (
            SELECT 1 FROM "Punch" WHERE "accountId" = ${accountId} AND "kind" = ${kind}::"PunchKind"
              AND "at" > ${utc(new Date(now.getTime() - PUNCH_REPEAT_WINDOW_MS))})
          ON CONFLICT ("accountId", "idempotencyKey") DO NOTHING
          RETURNING "id", "kind", "at")
        SELECT "id", "kind"::text AS "kind", "at", true AS "stored" FROM "stored"
        UNION ALL
        SELECT "id", "kind"::text AS "kind", "at", false AS "stored" FROM "Punch"
        WHERE "accountId" = ${accountId} AND "at" >= ${utc(start)} AND "at" < ${utc(end)}
        ORDER BY "at" ASC`;
      const today = rows.map(view);
      const inserted = rows.find((r) => r.stored);
      if (inserted) return { status: "created" as const, punch: { id: inserted.id, kind, at: now }, today };
      // Not stored: a repeat of this key first, else the recent punch of this kind.
      const same = await tx.punch.findUnique({ where: byKey });
      if (same) return { status: "duplicate" as const, punch: view(same), today };
      const recent = await tx.punch.findFirstOrThrow({
        where: { accountId, kind, at: { gt: new Date(now.getTime() - PUNCH_REPEAT_WINDOW_MS) } },
        orderBy: { at: "desc" },
      });
      return { status: "too_soon" as const, punch: view(recent), today };
      // At 9:00 more people punch at once than the pool has connections: wait for one
      // as long as a statement may run (connect.ts), not Prisma's 2 s.
    }, { maxWait: 10_000, timeout: 10_000 });
  } catch (err) {
    // Belt and braces: should another path insert the same key first, the unique index wins.
    if (isUniqueViolation(err)) {
      const existing = await db.punch.findUnique({ where: byKey });
      if (existing) return { status: "duplicate", punch: view(existing), today: await listDay(db, accountId, now) };
    }
    throw err;
  }
}

/** The caller's punches of the Japan-time day of `now`, oldest first. */
export async function todaysPunches(session: Session, now: Date): Promise<PunchView[]> {
  assertMayPunch(session);
  await assertAppAccess(session, "ATTENDANCE");
  return listDay(getDb(), session.accountId, now);
}
