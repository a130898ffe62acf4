/**
 * Ending what an account holds, for resets, password changes and disabling:
 * sessions (effective on their next request: session-store.ts reads the row),
 * sign-ins under way, remembered browsers, known browsers, and the second factor itself.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { forgetKnownBrowsers } from "./known-browser";
import { revokeAllRememberedBrowsers } from "./remembered-browser";

/**
 * Sign-ins under way (login flows not yet redeemed, grants included): a flow
 * that passed the password step before a revocation must not finish after it.
 * `exceptFlowId` keeps the flow doing the change (the forced password change).
 */
export async function endSignInsInProgress(accountId: string, opts: { exceptFlowId?: string } = {}): Promise<number> {
  const { count } = await getDb().loginFlow.deleteMany({
    where: { accountId, completedAt: null, ...(opts.exceptFlowId ? { id: { not: opts.exceptFlowId } } : {}) },
  });
  return count;
}

/** Every session of the account but `exceptSid`, and every sign-in under way but `exceptFlowId`. */
export async function revokeSessions(accountId: string, opts: { exceptSid?: string; exceptFlowId?: string } = {}, now = new Date()): Promise<number> {
  const { count } = await getDb().authSession.updateMany({
    where: { accountId, revokedAt: null, ...(opts.exceptSid ? { id: { not: opts.exceptSid } } : {}) },
    data: { revokedAt: now },
  });
  await endSignInsInProgress(accountId, { exceptFlowId: opts.exceptFlowId });
  return count;
}

/**
 * After the account's e-mail address changed (by the user or by the office): for an
 * account that receives codes by mail, its skips and sessions rested on the old
 * address. Every remembered browser ends, and every session but `keepSid` (the
 * user's own session making the change), with the sign-ins under way.
 */
export async function revokeAfterEmailChange(accountId: string, opts: { keepSid?: string } = {}, now = new Date()) {
  await revokeAllRememberedBrowsers(accountId, now);
  await revokeSessions(accountId, { exceptSid: opts.keepSid }, now);
}

/** 2要素認証初期化: no TOTP, no recovery codes, no skips, no known browsers, no sessions but `keepSid`, no sign-in under way. */
export async function resetSecondFactor(accountId: string, opts: { keepSid?: string } = {}, now = new Date()) {
  const db = getDb();
  await db.$transaction([
    db.totpCredential.deleteMany({ where: { accountId } }),
    db.recoveryCode.deleteMany({ where: { accountId } }),
    db.account.update({ where: { id: accountId }, data: { secondFactor: null } }),
  ]);
  await revokeAllRememberedBrowsers(accountId, now);
  await forgetKnownBrowsers(accountId);
  await revokeSessions(accountId, { exceptSid: opts.keepSid }, now);
}
