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
import { mayUseMode } from "./policy";
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

export async function redeemGrant(grant: unknown, req: RequestInfo, now: Date): Promise<GateUser | null> {
  if (typeof grant !== "string" || grant.length < 20 || grant.length > 100) return null;
  const db = getDb();
  const grantHash = sha256(grant);
  // Single use: only the request that flips completedAt goes on.
  const { count } = await db.loginFlow.updateMany({
    where: { grantHash, grantExpiresAt: { gt: now }, completedAt: null, stage: "done" },
    data: { completedAt: now },
  });
  if (count !== 1) return null;
  const flow = await db.loginFlow.findUnique({ where: { grantHash }, include: { account: { select: { id: true, loginId: true, disabled: true, role: true } } } });
  if (!flow || !flow.mode || flow.account.disabled) return null;
  if (!mayUseMode(flow.account.role, flow.mode)) return null;

  const sid = randomToken();
  const expiresAt = new Date(now.getTime() + sessionLimits().absoluteMs);
  const created = await db.$transaction(async (tx) => {
    if (flow.stepUpFromSession) {
      // A step-up replaces a live limited session; once that one has ended (logout,
      // revocation, expiry), its step-up ends with it.
      const { count } = await tx.authSession.updateMany({
        where: { id: flow.stepUpFromSession, accountId: flow.accountId, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      });
      if (count !== 1) {
        await tx.loginFlow.delete({ where: { id: flow.id } });
        return false;
      }
    }
    await tx.authSession.create({
      data: {
        id: sid,
        accountId: flow.accountId,
        mode: flow.mode!,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: req.ip,
        userAgent: req.userAgent,
      },
    });
    await tx.loginFlow.delete({ where: { id: flow.id } });
    return true;
  });
  if (!created) {
    await audit("session.rejected", { accountId: flow.accountId, loginId: flow.account.loginId }, req, { reason: "step_up_source_ended" });
    return null;
  }
  await audit(flow.stepUpFromSession ? "session.step_up" : "session.created", { accountId: flow.accountId, loginId: flow.account.loginId }, req, {
    mode: flow.mode,
  });
  return { id: flow.accountId, sid, mode: flow.mode, expiresAt };
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
