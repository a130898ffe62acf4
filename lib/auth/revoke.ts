/**
 * Ending what an account holds, for resets, password changes and disabling:
 * sessions (effective on their next request: session-store.ts reads the row),
 * remembered browsers, and the second factor itself.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { revokeAllRememberedBrowsers } from "./remembered-browser";

export async function revokeSessions(accountId: string, opts: { exceptSid?: string } = {}, now = new Date()): Promise<number> {
  const { count } = await getDb().authSession.updateMany({
    where: { accountId, revokedAt: null, ...(opts.exceptSid ? { id: { not: opts.exceptSid } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}

/** 2要素認証初期化: no TOTP, no recovery codes, no skips, no sessions but `keepSid`. */
export async function resetSecondFactor(accountId: string, opts: { keepSid?: string } = {}, now = new Date()) {
  const db = getDb();
  await db.$transaction([
    db.totpCredential.deleteMany({ where: { accountId } }),
    db.recoveryCode.deleteMany({ where: { accountId } }),
    db.account.update({ where: { id: accountId }, data: { secondFactor: null } }),
  ]);
  await revokeAllRememberedBrowsers(accountId, now);
  await revokeSessions(accountId, { exceptSid: opts.keepSid }, now);
}
