/**
 * 打刻 (clock-in / clock-out) of ネット de 就業. A punch is stored at server
 * time, never at a time the browser sends. Only employees of a company that
 * uses ATTENDANCE may punch, and each sees only their own punches.
 *
 * Double taps and resubmissions: the form carries one idempotency key per
 * render, unique per account, so the same submission stores one punch; and a
 * second punch of the same kind within 60 seconds (a new render, tapped again)
 * returns the first instead of storing another.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { modeAllows } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session";
import { assertAppAccess } from "@/lib/licences/queries";
import { japanDayRange } from "./japan-day";

export type PunchKind = "IN" | "OUT";
export type PunchView = { id: string; kind: PunchKind; at: Date };
/** created: stored now; duplicate: this key was already stored; too_soon: the same kind was punched under a minute ago. */
export type PunchResult = { status: "created" | "duplicate" | "too_soon"; punch: PunchView };

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

/** Stores a punch of the caller (or returns the one that makes this a repeat), at `now` (the request's clock). */
export async function punch(session: Session, kind: PunchKind, idempotencyKey: string, now: Date): Promise<PunchResult> {
  assertMayPunch(session);
  if (kind !== "IN" && kind !== "OUT") throw new Error("invalid punch kind");
  // Printable ASCII (the form sends "<kind>:<uuid>"): nothing PostgreSQL would refuse reaches the insert.
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) throw new Error("invalid idempotency key");
  await assertAppAccess(session, "ATTENDANCE");

  const db = getDb();
  const accountId = session.accountId;
  const byKey = { accountId_idempotencyKey: { accountId, idempotencyKey } };
  try {
    return await db.$transaction(async (tx) => {
      // Punches of one account run one at a time, so two renders submitted together
      // cannot both pass the 60-second check below.
      await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
      const same = await tx.punch.findUnique({ where: byKey });
      if (same) return { status: "duplicate" as const, punch: view(same) };
      const recent = await tx.punch.findFirst({
        // No upper bound: a parallel request that read the clock a moment later may have
        // taken the lock first and stored a punch "after" this one's `now`.
        where: { accountId, kind, at: { gt: new Date(now.getTime() - PUNCH_REPEAT_WINDOW_MS) } },
        orderBy: { at: "desc" },
      });
      if (recent) return { status: "too_soon" as const, punch: view(recent) };
      const created = await tx.punch.create({ data: { accountId, kind, idempotencyKey, at: now } });
      return { status: "created" as const, punch: view(created) };
    });
  } catch (err) {
    // Belt and braces: should another path insert the same key first, the unique index wins.
    if (isUniqueViolation(err)) {
      const existing = await db.punch.findUnique({ where: byKey });
      if (existing) return { status: "duplicate", punch: view(existing) };
    }
    throw err;
  }
}

/** The caller's punches of the Japan-time day of `now`, oldest first. */
export async function todaysPunches(session: Session, now: Date): Promise<PunchView[]> {
  assertMayPunch(session);
  await assertAppAccess(session, "ATTENDANCE");
  const { start, end } = japanDayRange(now);
  const rows = await getDb().punch.findMany({
    where: { accountId: session.accountId, at: { gte: start, lt: end } },
    orderBy: { at: "asc" },
    select: { id: true, kind: true, at: true },
  });
  return rows.map(view);
}
