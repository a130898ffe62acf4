/**
 * The gate: the one place that creates sessions. A sign-in flow that has
 * passed every required step holds a one-time grant (completeFlow); finishing
 * the sign-in hands it to `openSession`, which consumes it once (redeemGrant),
 * replaces a stepped-up session, writes the session row with a fresh sid and
 * sets the session cookie naming it (session-cookie.ts). Nothing else counts
 * as signed in.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionMode } from "@/generated/prisma/client";
import { audit } from "./audit";
import { randomToken, sha256 } from "./crypto";
import type { Flow } from "./flow-store";
import { mayUseMode, type Role } from "./policy";
import type { RequestInfo } from "./request-info";
import { setSessionCookie } from "./session-cookie";
import { sessionLimits } from "./session-limits";

const GRANT_TTL_MS = 60_000;

/** Marks the flow done and returns the grant the session gate will redeem. */
export async function completeFlow(flow: Flow, mode: SessionMode, now: Date): Promise<string | null> {
  const grant = randomToken();
  const { count } = await getDb().loginFlow.updateMany({
    where: { id: flow.id, stage: flow.stage, completedAt: null },
    data: { stage: "done", mode, grantHash: sha256(grant), grantExpiresAt: new Date(now.getTime() + GRANT_TTL_MS) },
  });
  return count === 1 ? grant : null;
}

export type GateUser = { id: string; sid: string; mode: SessionMode; expiresAt: Date };

type Redeemed = { accountId: string; loginId: string; mode: SessionMode; stepUp: boolean; ended?: "step_up_source_ended" } | null;

type ClaimedFlow = { accountId: string; mode: SessionMode | null; stepUpFromSession: string | null; loginId: string; disabled: boolean; role: Role };

export async function redeemGrant(grant: unknown, req: RequestInfo, now: Date): Promise<GateUser | null> {
  if (typeof grant !== "string" || grant.length < 20 || grant.length > 100) return null;
  const sid = randomToken();
  const expiresAt = new Date(now.getTime() + sessionLimits().absoluteMs);
  // One transaction: the flow is deleted by its grant (single use: of parallel redemptions only
  // the one whose delete finds the row goes on), a stepped-up session is replaced, the row written.
  const outcome = await getDb().$transaction(async (tx): Promise<Redeemed> => {
    // DELETE … RETURNING claims the row in the statement itself: a second redemption waits for
    // this one and then finds nothing (a read before the delete would let both go on).
    const [flow] = await tx.$queryRaw<ClaimedFlow[]>`
      WITH f AS (
        DELETE FROM "LoginFlow"
        WHERE "grantHash" = ${sha256(grant)} AND "grantExpiresAt" > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
          AND "completedAt" IS NULL AND "stage" = 'done'
        RETURNING "accountId", "mode", "stepUpFromSession")
      SELECT f."accountId", f."mode", f."stepUpFromSession", a."loginId", a."disabled", a."role"
      FROM f JOIN "Account" a ON a."id" = f."accountId"`;
    if (!flow || !flow.mode || flow.disabled || !mayUseMode(flow.role, flow.mode)) return null;
    if (flow.stepUpFromSession) {
      // A step-up replaces a live limited session; once that one has ended (logout,
      // revocation, expiry), its step-up ends with it.
      const { count } = await tx.authSession.updateMany({
        where: { id: flow.stepUpFromSession, accountId: flow.accountId, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      });
      if (count !== 1) return { accountId: flow.accountId, loginId: flow.loginId, mode: flow.mode, stepUp: true, ended: "step_up_source_ended" };
    }
    await tx.authSession.create({
      data: { id: sid, accountId: flow.accountId, mode: flow.mode, createdAt: now, lastSeenAt: now, expiresAt, ip: req.ip, userAgent: req.userAgent },
    });
    return { accountId: flow.accountId, loginId: flow.loginId, mode: flow.mode, stepUp: !!flow.stepUpFromSession };
  });
  if (!outcome) return null;
  const who = { accountId: outcome.accountId, loginId: outcome.loginId };
  if (outcome.ended) {
    // The flow is gone with the transaction's delete; the log says why no session was made.
    await audit("session.rejected", who, req, { reason: outcome.ended });
    return null;
  }
  await audit(outcome.stepUp ? "session.step_up" : "session.created", who, req, { mode: outcome.mode });
  return { id: outcome.accountId, sid, mode: outcome.mode, expiresAt };
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
