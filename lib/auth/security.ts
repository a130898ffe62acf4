/**
 * The signed-in user's own security settings (設定 → 2要素認証), for the
 * session it is given: the page or the action client checked it (full mode,
 * capability security.manage); every query is of the session's own account.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { audit } from "./audit";
import { verifyPassword } from "./password";
import type { RequestInfo } from "./request-info";
import { remainingRecoveryCodes, replaceRecoveryCodes } from "./second-factor";
import type { Session } from "./session-store";
import { claimAttempt, resetFailures } from "./throttle";

export type SecurityOverview = {
  loginId: string;
  displayName: string;
  email: string;
  factor: "TOTP" | "EMAIL" | null;
  totpNickname: string | null;
  totpSince: Date | null;
  recoveryCodesLeft: number;
};

export async function securityOverview(session: Session): Promise<SecurityOverview> {
  const account = await getDb().account.findUniqueOrThrow({
    where: { id: session.accountId },
    select: { loginId: true, displayName: true, email: true, secondFactor: true, totp: { select: { nickname: true, confirmedAt: true } } },
  });
  const hasTotp = !!account.totp?.confirmedAt;
  return {
    loginId: account.loginId,
    displayName: account.displayName,
    email: account.email,
    factor: hasTotp ? "TOTP" : account.secondFactor === "EMAIL" ? "EMAIL" : null,
    totpNickname: hasTotp ? account.totp!.nickname : null,
    totpSince: hasTotp ? account.totp!.confirmedAt : null,
    recoveryCodesLeft: hasTotp ? await remainingRecoveryCodes(session.accountId) : 0,
  };
}

/** New recovery codes (the old ones die), after the password of the signed-in account. */
export async function regenerateRecoveryCodes(
  session: Session,
  password: string,
  req: RequestInfo,
  now: Date,
): Promise<{ ok: true; codes: string[] } | { ok: false; error: "wrong_password" | "no_totp" | "locked" }> {
  const db = getDb();
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { passwordHash: true, totp: { select: { confirmedAt: true } } } });
  if (!account.totp?.confirmedAt) return { ok: false, error: "no_totp" };
  // Counted before compared (throttle.ts claimAttempt).
  if (!(await claimAttempt(session.accountId, "password:known", now)).ok) return { ok: false, error: "locked" };
  if (!(await verifyPassword(account.passwordHash, password))) {
    await audit("password.failed", { accountId: session.accountId, loginId: session.loginId }, req, { purpose: "recovery_codes" });
    return { ok: false, error: "wrong_password" };
  }
  await resetFailures(session.accountId, ["password:known"]);
  const codes = await replaceRecoveryCodes(session.accountId);
  await audit("recovery.regenerated", { accountId: session.accountId, loginId: session.loginId }, req);
  return { ok: true, codes };
}
