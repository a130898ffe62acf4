/**
 * 2要素認証初期化 by the signed-in user (docs/requirements.md R-RESET-1,
 * R-RESET-2): the password of the account signed in with; from a limited session (no second factor proven) also a code
 * mailed to the registered address. It removes the TOTP secret, the recovery
 * codes, every skip and every session of the account — this one included: the
 * caller signs the browser out, and the next full sign-in enrols again by QR.
 *
 * The code is the TWO_FACTOR_RESET purpose of the mailed-code store
 * (lib/auth/mailed-code.ts): one per account (a new one replaces the old),
 * valid EMAIL_CODE_TTL_MINUTES, single use, dead after MAX_CODE_ATTEMPTS wrong
 * guesses; wrong guesses also count in the account's "second_factor" bucket,
 * whose lock grows with each failure.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { maskEmail } from "@/lib/auth/email-code";
import { accountOwner, codeState, discard, issue, mailedCodeTtlMinutes, verify } from "@/lib/auth/mailed-code";
import { modeAllows } from "@/lib/auth/policy";
import type { RequestInfo } from "@/lib/auth/request-info";
import { resetSecondFactor } from "@/lib/auth/revoke";
import type { Session } from "@/lib/auth/session-store";
import { claimAttempt, resetFailures } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { twoFactorResetCodeMail, twoFactorResetMail } from "@/lib/mail/self-service-templates";
import { confirmOwnPassword } from "./reauth";

function assertMayReset(session: Session) {
  if (!modeAllows(session.mode, "security.resetOwn")) throw new Error("two-factor reset is not allowed in this session");
}

const owner = (session: Session) => accountOwner("TWO_FACTOR_RESET", session.accountId);

/**
 * Whether the account has a second factor to reset: a confirmed Authenticator or the
 * e-mailed code recorded as its method (R-RESET-4). An account that never enrolled one
 * (an employee who only ever signed in limited) has nothing to reset: the home does not
 * offer it, the page says so, and both actions refuse.
 */
export async function hasSecondFactor(session: Session): Promise<boolean> {
  const account = await getDb().account.findUniqueOrThrow({
    where: { id: session.accountId },
    select: { secondFactor: true, totp: { select: { confirmedAt: true } } },
  });
  return account.secondFactor !== null || !!account.totp?.confirmedAt;
}

/** Whether the page should show the code field (a limited session) and whether a code is waiting. */
export async function resetCodeState(
  session: Session,
  now: Date,
): Promise<{ enrolled: boolean; needsCode: boolean; codeActive: boolean; maskedEmail: string }> {
  assertMayReset(session);
  const account = await getDb().account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true } });
  const maskedEmail = maskEmail(account.email);
  const enrolled = await hasSecondFactor(session);
  if (session.mode !== "LIMITED") return { enrolled, needsCode: false, codeActive: false, maskedEmail };
  return { enrolled, needsCode: true, codeActive: !!(await codeState(owner(session), now))?.active, maskedEmail };
}

export type SendResetCodeResult = { ok: true } | { ok: false; error: "not_needed" | "not_enrolled" | "cooldown" | "mail_failed"; retryAfterMs?: number };

/** Mails a reset code to the registered address (limited sessions only: a full one has proven its factor). */
export async function sendResetCode(session: Session, req: RequestInfo, now: Date): Promise<SendResetCodeResult> {
  assertMayReset(session);
  if (session.mode !== "LIMITED") return { ok: false, error: "not_needed" };
  if (!(await hasSecondFactor(session))) {
    await audit("two_factor.reset_refused", { accountId: session.accountId, loginId: session.loginId }, req, { mode: session.mode, reason: "not_enrolled" });
    return { ok: false, error: "not_enrolled" };
  }
  const db = getDb();
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
  const issued = await issue(owner(session), {
    now,
    send: (code) => sendMail({ to: account.email, ...twoFactorResetCodeMail(account.locale, { loginId: session.loginId, code, minutes: mailedCodeTtlMinutes() }) }),
  });
  if (!issued.ok) return issued.reason === "cooldown" ? { ok: false, error: "cooldown", retryAfterMs: issued.retryAfterMs } : { ok: false, error: "mail_failed" };
  await audit("two_factor.reset_code_sent", { accountId: session.accountId, loginId: session.loginId }, req);
  return { ok: true };
}

export type CodeCheck = "ok" | "wrong_code" | "code_expired" | "no_code" | "locked";

/**
 * Counted before compared, twice in one order: the account's "second_factor"
 * bucket, then the code's own MAX_CODE_ATTEMPTS (a conditional increment), so
 * parallel guesses are compared only as often as both allow. Exported for the
 * tests of that bound; resetOwnSecondFactor is its only caller.
 */
export async function consumeResetCode(session: Session, code: string, now: Date): Promise<CodeCheck> {
  const state = await codeState(owner(session), now);
  if (!state) return "no_code";
  if (!state.active) return "code_expired";
  const claim = await claimAttempt(session.accountId, "second_factor", now);
  if (!claim.ok) return "locked";
  const used = await verify(owner(session), code, now);
  if (used.status === "ok") return "ok";
  if (used.status === "expired") return "code_expired";
  if (used.status === "none") return "no_code";
  return claim.locked ? "locked" : "wrong_code";
}

export type ResetError = "not_enrolled" | "wrong_password" | "locked" | "code_required" | "wrong_code" | "code_expired" | "no_code";
export type ResetResult = { ok: true } | { ok: false; error: ResetError };

export async function resetOwnSecondFactor(session: Session, input: { password: string; code?: string }, req: RequestInfo, now: Date): Promise<ResetResult> {
  assertMayReset(session);
  const who = { accountId: session.accountId, loginId: session.loginId };
  const refuse = async (error: ResetError): Promise<ResetResult> => {
    await audit("two_factor.reset_refused", who, req, { mode: session.mode, reason: error });
    return { ok: false, error };
  };
  // Nothing to reset: refused before the password is compared, so no attempt is counted.
  if (!(await hasSecondFactor(session))) return refuse("not_enrolled");
  if (session.mode === "LIMITED" && !/^\d{6}$/.test(input.code ?? "")) return refuse("code_required");

  const password = await confirmOwnPassword(who, input.password, "two_factor_reset", req, now);
  if (password !== "ok") return refuse(password);
  if (session.mode === "LIMITED") {
    const check = await consumeResetCode(session, input.code!, now);
    if (check !== "ok") return refuse(check);
    await resetFailures(session.accountId, ["second_factor"]);
  }

  const db = getDb();
  // Also ends a sign-in half-way through in another browser (revoke.ts).
  await resetSecondFactor(session.accountId, {}, now);
  await discard(owner(session));
  await audit("two_factor.reset", who, req, { by: "self", mode: session.mode });
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
  await sendMail({ to: account.email, ...twoFactorResetMail(account.locale, { loginId: session.loginId }) });
  return { ok: true };
}
