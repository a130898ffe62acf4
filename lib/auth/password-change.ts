/**
 * Setting a new password — the one place that writes a password hash after an
 * account exists. Used by the forced change of an initial password at sign-in
 * and by the password change in settings. A change ends the account's other
 * sessions, its other sign-ins under way and every remembered browser (issue: "a change ends the account's
 * other sessions and its skips"). The caller has already checked who may do it
 * (current password, or the sign-in flow's stage).
 */
import "server-only";
import { getDb } from "@/lib/db";
import { audit } from "./audit";
import { hashPassword } from "./password";
import { checkNewPassword, type PasswordProblem } from "./password-policy";
import type { RequestInfo } from "./request-info";
import { forgetKnownBrowsers } from "./known-browser";
import { revokeAllRememberedBrowsers } from "./remembered-browser";
import { revokeSessions } from "./revoke";

export type SetPasswordResult = { ok: true } | { ok: false; problem: PasswordProblem };

export async function setNewPassword(
  account: { id: string; loginId: string },
  newPassword: string,
  opts: { keepSid?: string; keepFlowId?: string; req: RequestInfo; reason: "changed" | "initial" },
  now = new Date(),
): Promise<SetPasswordResult> {
  const problem = checkNewPassword(newPassword, account.loginId);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(newPassword);
  await getDb().account.update({ where: { id: account.id }, data: { passwordHash, mustChangePassword: false } });
  await revokeAllRememberedBrowsers(account.id, now);
  // A copied known-browser cookie must not keep the real user's password bucket after the change.
  await forgetKnownBrowsers(account.id);
  await revokeSessions(account.id, { exceptSid: opts.keepSid, exceptFlowId: opts.keepFlowId }, now);
  await audit("password.changed", { accountId: account.id, loginId: account.loginId }, opts.req, { reason: opts.reason });
  return { ok: true };
}
