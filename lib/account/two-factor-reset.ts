/**
 * 2要素認証初期化 by the signed-in user (docs/requirements.md R-RESET-1,
 * R-RESET-2): the password of the account signed in with; from a limited session (no second factor proven) also a code
 * mailed to the registered address. It removes the TOTP secret, the recovery
 * codes, every skip and every session of the account — this one included: the
 * caller signs the browser out, and the next full sign-in enrols again by QR.
 *
 * The code: 6 digits from the CSPRNG, stored hashed (one row per account, a new
 * one replaces the old), valid EMAIL_CODE_TTL_MINUTES, single use (consumed by
 * a conditional delete, so of parallel submissions one wins), dead after
 * MAX_CODE_ATTEMPTS wrong guesses; wrong guesses also count in the account's
 * "second_factor" bucket, whose lock grows with each failure.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/auth/audit";
import { randomDigits, sha256 } from "@/lib/auth/crypto";
import { emailCodeTtlMinutes, maskEmail, MAX_CODE_ATTEMPTS, RESEND_COOLDOWN_MS } from "@/lib/auth/email-code";
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

function codeHash(accountId: string, code: string) {
  return sha256(`two-factor-reset:${accountId}:${code}`);
}

/** Whether the page should show the code field (a limited session) and whether a code is waiting. */
export async function resetCodeState(session: Session, now: Date): Promise<{ needsCode: boolean; codeActive: boolean; maskedEmail: string }> {
  assertMayReset(session);
  const account = await getDb().account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true } });
  const maskedEmail = maskEmail(account.email);
  if (session.mode !== "LIMITED") return { needsCode: false, codeActive: false, maskedEmail };
  const row = await getDb().twoFactorResetCode.findUnique({ where: { accountId: session.accountId } });
  return { needsCode: true, codeActive: !!row && row.expiresAt > now && row.failures < MAX_CODE_ATTEMPTS, maskedEmail };
}

export type SendResetCodeResult = { ok: true } | { ok: false; error: "not_needed" | "cooldown" | "mail_failed"; retryAfterMs?: number };

/** Mails a reset code to the registered address (limited sessions only: a full one has proven its factor). */
export async function sendResetCode(session: Session, req: RequestInfo, now: Date): Promise<SendResetCodeResult> {
  assertMayReset(session);
  if (session.mode !== "LIMITED") return { ok: false, error: "not_needed" };
  const db = getDb();
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
  const code = randomDigits(6);
  const data = { codeHash: codeHash(session.accountId, code), expiresAt: new Date(now.getTime() + emailCodeTtlMinutes() * 60_000), failures: 0, sentAt: now };
  const previous = await db.twoFactorResetCode.findUnique({ where: { accountId: session.accountId } });
  const cooldownLeft = previous ? RESEND_COOLDOWN_MS - (now.getTime() - previous.sentAt.getTime()) : 0;
  if (cooldownLeft > 0) return { ok: false, error: "cooldown", retryAfterMs: cooldownLeft };
  // Conditional on what we read, so two parallel clicks send one mail.
  if (previous) {
    const { count } = await db.twoFactorResetCode.updateMany({ where: { accountId: session.accountId, sentAt: previous.sentAt }, data });
    if (count !== 1) return { ok: false, error: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
  } else {
    try {
      await db.twoFactorResetCode.create({ data: { accountId: session.accountId, ...data } });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return { ok: false, error: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
      throw err;
    }
  }
  const sent = await sendMail({ to: account.email, ...twoFactorResetCodeMail(account.locale, { loginId: session.loginId, code, minutes: emailCodeTtlMinutes() }) });
  if (!sent.ok) {
    await db.twoFactorResetCode.deleteMany({ where: { accountId: session.accountId, sentAt: now } });
    return { ok: false, error: "mail_failed" };
  }
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
  const db = getDb();
  const accountId = session.accountId;
  const row = await db.twoFactorResetCode.findUnique({ where: { accountId } });
  if (!row) return "no_code";
  if (row.expiresAt <= now) return "code_expired";
  const claim = await claimAttempt(accountId, "second_factor", now);
  if (!claim.ok) return "locked";
  const live = { accountId, expiresAt: { gt: now } };
  const claimed = await db.twoFactorResetCode.updateMany({ where: { ...live, failures: { lt: MAX_CODE_ATTEMPTS } }, data: { failures: { increment: 1 } } });
  if (claimed.count !== 1) return "no_code";
  const { count } = await db.twoFactorResetCode.deleteMany({ where: { ...live, codeHash: codeHash(accountId, code) } });
  if (count === 1) return "ok";
  // After MAX_CODE_ATTEMPTS wrong guesses the code dies and a new one must be sent.
  await db.twoFactorResetCode.deleteMany({ where: { accountId, failures: { gte: MAX_CODE_ATTEMPTS } } });
  return claim.locked ? "locked" : "wrong_code";
}

export type ResetError = "wrong_password" | "locked" | "code_required" | "wrong_code" | "code_expired" | "no_code";
export type ResetResult = { ok: true } | { ok: false; error: ResetError };

export async function resetOwnSecondFactor(session: Session, input: { password: string; code?: string }, req: RequestInfo, now: Date): Promise<ResetResult> {
  assertMayReset(session);
  const who = { accountId: session.accountId, loginId: session.loginId };
  const refuse = async (error: ResetError): Promise<ResetResult> => {
    await audit("two_factor.reset_refused", who, req, { mode: session.mode, reason: error });
    return { ok: false, error };
  };
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
  await db.twoFactorResetCode.deleteMany({ where: { accountId: session.accountId } });
  await audit("two_factor.reset", who, req, { by: "self", mode: session.mode });
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
  await sendMail({ to: account.email, ...twoFactorResetMail(account.locale, { loginId: session.loginId }) });
  return { ok: true };
}
