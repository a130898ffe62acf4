/**
 * "Enter your password again" before a change of one's own account (password,
 * two-factor reset, e-mail address, a new additional account). Wrong answers count in the account's
 * "password:known" bucket, as the recovery-code regeneration does: a stolen
 * session cannot try passwords without limit, and the lock lifts by itself
 * (password buckets end in a capped delay, never a lock-out: policy.ts).
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { verifyPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/auth/request-info";
import { claimAttempt, resetFailures } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";

export type ReauthResult = "ok" | "wrong_password" | "locked";

export async function confirmOwnPassword(
  who: { accountId: string; loginId: string },
  password: string,
  purpose: "password_change" | "two_factor_reset" | "email_change" | "additional_account",
  req: RequestInfo,
  now: Date,
): Promise<ReauthResult> {
  // Counted before the password is compared, so parallel tries are checked only as often as the bucket allows.
  const claim = await claimAttempt(who.accountId, "password:known", now);
  if (!claim.ok) {
    await audit("password.failed", who, req, { purpose, reason: "locked" });
    return "locked";
  }
  const row = await getDb().account.findUniqueOrThrow({ where: { id: who.accountId }, select: { passwordHash: true } });
  if (!password || !(await verifyPassword(row.passwordHash, password))) {
    await audit("password.failed", who, req, { purpose, reason: "wrong_password" });
    if (claim.locked) await audit("account.locked", who, req, { bucket: "password:known", failures: claim.failures });
    return claim.locked ? "locked" : "wrong_password";
  }
  await resetFailures(who.accountId, ["password:known"]);
  return "ok";
}
