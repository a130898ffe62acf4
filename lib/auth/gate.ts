/**
 * The gate: the one place that creates sessions. A sign-in flow that has
 * passed every required step holds a one-time grant (completeFlow); finishing
 * the sign-in hands it to `openSession`, which consumes it once (redeemGrant),
 * replaces a stepped-up session, writes the session row with a fresh sid and
 * sets the session cookie naming it (session-cookie.ts). Nothing else counts
 * as signed in.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type SessionMode } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { utc } from "@/lib/database/sql-time";
import { type SideWrites, withSideWrites } from "@/lib/database/side-writes";
import { ACCOUNT_UNUSABLE } from "./account";
import type { AuditType } from "./audit";
import { randomToken, sha256 } from "./crypto";
import type { Flow } from "./flow-store";
import { mayUseMode, type Role } from "./policy";
import type { RequestInfo } from "./request-info";
import { setSessionCookie } from "./session-cookie";
import { sessionLimits } from "./session-limits";

const GRANT_TTL_MS = 60_000;

/**
 * Marks the flow done and returns the grant the session gate will redeem. `writes`
 * (the step's audit line, its cleared failure bucket) land in the same statement.
 */
export async function completeFlow(flow: Flow, mode: SessionMode, now: Date, writes: SideWrites = []): Promise<string | null> {
  const grant = randomToken();
  const rows = await getDb().$queryRaw<{ id: string }[]>(withSideWrites(writes, Prisma.sql`
    UPDATE "LoginFlow" SET "stage" = 'done', "mode" = ${mode}::"SessionMode",
      "grantHash" = ${sha256(grant)}, "grantExpiresAt" = ${utc(new Date(now.getTime() + GRANT_TTL_MS))}
    WHERE "id" = ${flow.id} AND "stage" = ${flow.stage}::"LoginStage" AND "completedAt" IS NULL
    RETURNING "id"`));
  return rows.length === 1 ? grant : null;
}

export type GateUser = { id: string; sid: string; mode: SessionMode; expiresAt: Date };


/** "ROLE:MODE" of every pair policy.ts lets sign in, for the redemption's statement. */
const ALLOWED_ROLE_MODES = (["SHAROUSHI", "EMPLOYEE"] as const satisfies readonly Role[]).flatMap((role) =>
  (["LIMITED", "FULL"] as const satisfies readonly SessionMode[]).filter((mode) => mayUseMode(role, mode)).map((mode) => `${role}:${mode}`),
);

const CREATED: AuditType = "session.created";
const STEPPED_UP: AuditType = "session.step_up";
const REJECTED: AuditType = "session.rejected";

type Redeemed = { accountId: string; mode: SessionMode; ok: boolean; created: boolean };

/**
 * Redeems a grant in one statement, so it is atomic without a transaction:
 * - the flow is deleted by its grant (single use: DELETE … RETURNING claims the row in the
 *   statement itself, so of parallel redemptions only the one whose delete finds it goes on);
 * - the account must still be enabled and allowed the mode (policy.ts mayUseMode);
 * - a step-up replaces a live limited session; once that one has ended (logout, revocation,
 *   expiry), its step-up ends with it: no session, and the log says why;
 * - the session row is written with a fresh sid, and its audit line with it.
 */
export async function redeemGrant(grant: unknown, req: RequestInfo, now: Date): Promise<GateUser | null> {
  if (typeof grant !== "string" || grant.length < 20 || grant.length > 100) return null;
  const sid = randomToken();
  const expiresAt = new Date(now.getTime() + sessionLimits().absoluteMs);
  const [row] = await getDb().$queryRaw<Redeemed[]>`
    WITH f AS (
      DELETE FROM "LoginFlow"
      WHERE "grantHash" = ${sha256(grant)} AND "grantExpiresAt" > ${utc(now)} AND "completedAt" IS NULL AND "stage" = 'done'
      RETURNING "accountId", "mode", "stepUpFromSession"),
    c AS (
      SELECT f."accountId", f."mode", f."stepUpFromSession", a."loginId",
        (f."mode" IS NOT NULL AND NOT ${ACCOUNT_UNUSABLE} AND (a."role"::text || ':' || f."mode"::text) = ANY(${ALLOWED_ROLE_MODES}::text[])) AS "ok"
      FROM f JOIN "Account" a ON a."id" = f."accountId"),
    replaced AS (
      UPDATE "AuthSession" s SET "revokedAt" = ${utc(now)}
      FROM c
      WHERE c."ok" AND s."id" = c."stepUpFromSession" AND s."accountId" = c."accountId" AND s."revokedAt" IS NULL AND s."expiresAt" > ${utc(now)}
      RETURNING s."id"),
    made AS (
      INSERT INTO "AuthSession" ("id", "accountId", "mode", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent")
      SELECT ${sid}, c."accountId", c."mode", ${utc(now)}, ${utc(now)}, ${utc(expiresAt)}, ${req.ip}, ${req.userAgent}
      FROM c WHERE c."ok" AND (c."stepUpFromSession" IS NULL OR EXISTS (SELECT 1 FROM replaced))
      RETURNING "id"),
    logged AS (
      INSERT INTO "AuditEvent" ("id", "at", "type", "accountId", "loginId", "ip", "userAgent", "detail")
      SELECT ${randomUUID()}, (clock_timestamp() AT TIME ZONE 'UTC'),
        CASE WHEN NOT EXISTS (SELECT 1 FROM made) THEN ${REJECTED} WHEN c."stepUpFromSession" IS NULL THEN ${CREATED} ELSE ${STEPPED_UP} END,
        c."accountId", left(c."loginId", 64), ${req.ip}, ${req.userAgent},
        CASE WHEN EXISTS (SELECT 1 FROM made) THEN jsonb_build_object('mode', c."mode") ELSE jsonb_build_object('reason', 'step_up_source_ended') END
      FROM c WHERE c."ok")
    SELECT c."accountId", c."mode"::text AS "mode", c."ok", EXISTS (SELECT 1 FROM made) AS "created" FROM c`;
  if (!row?.ok || !row.created) return null;
  return { id: row.accountId, sid, mode: row.mode, expiresAt };
}

/**
 * Finishes a sign-in in the request that completed it: redeems the grant and sets
 * the session cookie (for the session's absolute lifetime). False: no session.
 */
export async function openSession(grant: string, req: RequestInfo, now: Date): Promise<boolean> {
  const user = await redeemGrant(grant, req, now);
  if (!user) return false;
  await setSessionCookie(user.sid, user.expiresAt);
  return true;
}
