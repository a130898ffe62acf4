/**
 * Ending what an account holds, for resets, password changes and disabling:
 * sessions (effective on their next request: session-store.ts reads the row),

 * sign-ins under way, remembered browsers, known browsers, and the second factor itself.
 * Each takes an optional transaction client, so a caller can end them in the
 * same transaction as the change that ends them.
 */
import "server-only";
import { type DbClient, getDb } from "@/lib/db";
import { forgetKnownBrowsers } from "./known-browser";
import { revokeAllRememberedBrowsers } from "./remembered-browser";

/**
 * Sign-ins under way (login flows not yet redeemed, grants included): a flow
 * that passed the password step before a revocation must not finish after it.
 * `exceptFlowId` keeps the flow doing the change (the forced password change).
 */
export async function endSignInsInProgress(accountId: string, opts: { exceptFlowId?: string } = {}, db: DbClient = getDb()): Promise<number> {
  const { count } = await db.loginFlow.deleteMany({
    where: { accountId, completedAt: null, ...(opts.exceptFlowId ? { id: { not: opts.exceptFlowId } } : {}) },
  });
  return count;
}

/** Every session of the account but `exceptSid`, and every sign-in under way but `exceptFlowId`. */
export async function revokeSessions(
  accountId: string,
  opts: { exceptSid?: string; exceptFlowId?: string },
  now: Date,
  db: DbClient = getDb(),
): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: { accountId, revokedAt: null, ...(opts.exceptSid ? { id: { not: opts.exceptSid } } : {}) },
    data: { revokedAt: now },
  });
  await endSignInsInProgress(accountId, { exceptFlowId: opts.exceptFlowId }, db);
  return count;
}

/**
 * The additional accounts (追加アカウント) of a main account whose password
 * changed or whose second factor was reset: they stay, with their own password
 * and factor, but their sessions, sign-ins under way and skips end — whoever
 * held the main account may have been using them too.
 */
export async function endAdditionalAccountsAccess(mainAccountId: string, now: Date, db: DbClient = getDb()): Promise<number> {
  const owned = { account: { mainAccountId } };
  const { count } = await db.authSession.updateMany({ where: { ...owned, revokedAt: null }, data: { revokedAt: now } });
  await db.loginFlow.deleteMany({ where: { ...owned, completedAt: null } });
  await db.rememberedBrowser.updateMany({ where: { ...owned, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/**
 * After the account's e-mail address changed (by the user or by the office): for an
 * account that receives codes by mail, its skips and sessions rested on the old
 * address. Every remembered browser ends, and every session but `keepSid` (the
 * user's own session making the change), with the sign-ins under way.
 */
export async function revokeAfterEmailChange(accountId: string, opts: { keepSid?: string }, now: Date, db: DbClient = getDb()) {
  await revokeAllRememberedBrowsers(accountId, now, db);
  await revokeSessions(accountId, { exceptSid: opts.keepSid }, now, db);
}

/**
 * 2要素認証初期化: no TOTP, no recovery codes, no skips, no known browsers, no sessions but `keepSid`,
 * no sign-in under way; the additional accounts' sessions and skips end too.
 * One transaction: a failure leaves the factor and everything it opened as they were.
 */
export async function resetSecondFactor(accountId: string, opts: { keepSid?: string }, now: Date) {
  await getDb().$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { accountId } });
    await tx.recoveryCode.deleteMany({ where: { accountId } });
    await tx.account.update({ where: { id: accountId }, data: { secondFactor: null } });
    await revokeAllRememberedBrowsers(accountId, now, tx);
    await forgetKnownBrowsers(accountId, tx);
    await revokeSessions(accountId, { exceptSid: opts.keepSid }, now, tx);
    await endAdditionalAccountsAccess(accountId, now, tx);
  });
}
