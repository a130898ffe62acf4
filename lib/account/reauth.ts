/**
 * "Enter your password again" before a change of one's own account (password,
 * two-factor reset, e-mail address, a new additional account). Wrong answers count in the account's
 * "password:known" bucket, as the recovery-code regeneration does: a stolen
 * session cannot try passwords without limit, and the lock lifts by itself.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { verifyPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/auth/request-info";
import { isLocked, recordFailure, resetFailures } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";

export type ReauthResult = "ok" | "wrong_password" | "locked";

export async function confirmOwnPassword(
  who: { accountId: string; loginId: string },
  password: string,
  purpose: "password_change" | "two_factor_reset" | "email_change" | "additional_account",
  req: RequestInfo,
  now = new Date(),
): Promise<ReauthResult> {
  if (await isLocked(who.accountId, "password:known", now)) {
    await audit("password.failed", who, req, { purpose, reason: "locked" });
    return "locked";
  }
  const row = await getDb().account.findUniqueOrThrow({ where: { id: who.accountId }, select: { passwordHash: true } });
  if (!password || !(await verifyPassword(row.passwordHash, password))) {
    const { locked, failures } = await recordFailure(who.accountId, "password:known", now);
    await audit("password.failed", who, req, { purpose, reason: "wrong_password" });
    if (locked) await audit("account.locked", who, req, { bucket: "password:known", failures });
    return locked ? "locked" : "wrong_password";
  }
  await resetFailures(who.accountId, ["password:known"]);
  return "ok";
}
