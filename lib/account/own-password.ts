/**
 * パスワード変更 in a full session: the current password, then the new one
 * twice. The write goes through setNewPassword (lib/auth/password-change.ts),
 * which keeps this session and ends the account's other sessions and skips.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { verifyPassword } from "@/lib/auth/password";
import { setNewPassword } from "@/lib/auth/password-change";
import { checkNewPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { modeAllows } from "@/lib/auth/policy";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session-store";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { passwordChangedMail } from "@/lib/mail/self-service-templates";
import { confirmOwnPassword } from "./reauth";

export type PasswordChangeError = "mismatch" | "wrong_password" | "locked" | "same_as_current" | PasswordProblem;
export type PasswordChangeResult = { ok: true } | { ok: false; error: PasswordChangeError };

export async function changeOwnPassword(
  session: Session,
  input: { currentPassword: string; newPassword: string; confirmPassword: string },
  req: RequestInfo,
  now: Date,
): Promise<PasswordChangeResult> {
  if (!modeAllows(session.mode, "security.manage")) throw new Error("password change needs a full session");
  const who = { accountId: session.accountId, loginId: session.loginId };
  // The rules first: they are public, so a refusal here tells nothing and costs no attempt.
  if (input.newPassword !== input.confirmPassword) return { ok: false, error: "mismatch" };
  const problem = checkNewPassword(input.newPassword, session.loginId);
  if (problem) return { ok: false, error: problem };

  const check = await confirmOwnPassword(who, input.currentPassword, "password_change", req, now);
  if (check !== "ok") return { ok: false, error: check };

  const account = await getDb().account.findUniqueOrThrow({ where: { id: session.accountId }, select: { passwordHash: true, email: true, locale: true } });
  if (await verifyPassword(account.passwordHash, input.newPassword)) {
    await audit("password.change_refused", who, req, { reason: "same_as_current" });
    return { ok: false, error: "same_as_current" };
  }
  const result = await setNewPassword({ id: session.accountId, loginId: session.loginId }, input.newPassword, { keepSid: session.sid, req, reason: "changed" }, now);
  if (!result.ok) return { ok: false, error: result.problem };
  await sendMail({ to: account.email, ...passwordChangedMail(account.locale, { loginId: session.loginId }) });
  return { ok: true };
}
