/**
 * The signed-in user's change of the address that receives the one-time
 * passwords (docs/requirements.md R-ADDR-1, R-ADDR-3: never before sign-in;
 * then, a full session only):
 * the password, then a code mailed to the NEW address proves the user reads it;
 * on success both addresses are told, and the account's other sessions and
 * every remembered browser end (they rested on the old address).
 *
 * A request (EmailChangeRequest) holds the code's hash bound to the account and
 * the new address, expires after EMAIL_CODE_TTL_MINUTES, is consumed once (a
 * conditional delete inside the transaction that writes the address), and dies
 * after MAX_CODE_ATTEMPTS wrong guesses. A new request replaces the old one.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { randomDigits, sha256 } from "@/lib/auth/crypto";
import { emailCodeTtlMinutes, maskEmail, MAX_CODE_ATTEMPTS, RESEND_COOLDOWN_MS } from "@/lib/auth/email-code";
import { modeAllows } from "@/lib/auth/policy";
import { revokeAfterEmailChange } from "@/lib/auth/revoke";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session-store";
import { claimAttempt, resetFailures } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { emailChangeCodeMail, emailChangedMail, emailRegisteredMail } from "@/lib/mail/self-service-templates";
import { confirmOwnPassword } from "./reauth";

export const EMAIL_MAX_LENGTH = 254;
// Deliberately plain: one @, no spaces, a dot in the domain. The code mailed to it is the real check.
// No control characters either: PostgreSQL refuses NUL in text, and none belongs in a mail header.
const EMAIL_SHAPE = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u;

export function normaliseEmail(input: string): string {
  return input.normalize("NFKC").trim();
}

export function isPlausibleEmail(email: string): boolean {
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(email);
}

function assertFull(session: Session) {
  if (!modeAllows(session.mode, "security.manage")) throw new Error("e-mail change needs a full session");
}

function codeHash(accountId: string, newEmail: string, code: string) {
  return sha256(`email-change:${accountId}:${newEmail.toLowerCase()}:${code}`);
}

export type PendingEmailChange = { newEmail: string; expiresAt: Date };

/** What the change page shows: the current address and the change waiting for its code, if any. */
export async function emailChangeView(session: Session, now: Date): Promise<{ currentEmail: string; pending: PendingEmailChange | null }> {
  assertFull(session);
  const account = await getDb().account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true } });
  return { currentEmail: account.email, pending: await pendingEmailChange(session, now) };
}

export async function pendingEmailChange(session: Session, now: Date): Promise<PendingEmailChange | null> {
  assertFull(session);
  const row = await getDb().emailChangeRequest.findFirst({
    where: { accountId: session.accountId, expiresAt: { gt: now }, failures: { lt: MAX_CODE_ATTEMPTS } },
    orderBy: { createdAt: "desc" },
  });
  return row ? { newEmail: row.newEmail, expiresAt: row.expiresAt } : null;
}

export type RequestChangeError = "invalid_email" | "same_as_current" | "wrong_password" | "locked" | "cooldown" | "mail_failed";
export type RequestChangeResult = { ok: true } | { ok: false; error: RequestChangeError; retryAfterMs?: number };

export async function requestEmailChange(session: Session, input: { password: string; newEmail: string }, req: RequestInfo, now: Date): Promise<RequestChangeResult> {
  assertFull(session);
  const who = { accountId: session.accountId, loginId: session.loginId };
  const newEmail = normaliseEmail(input.newEmail);
  if (!isPlausibleEmail(newEmail)) return { ok: false, error: "invalid_email" };
  const db = getDb();
  const account = await db.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
  if (account.email.toLowerCase() === newEmail.toLowerCase()) return { ok: false, error: "same_as_current" };
  const latest = await db.emailChangeRequest.findFirst({ where: { accountId: session.accountId }, orderBy: { createdAt: "desc" } });
  const cooldownLeft = latest ? RESEND_COOLDOWN_MS - (now.getTime() - latest.createdAt.getTime()) : 0;
  if (cooldownLeft > 0) return { ok: false, error: "cooldown", retryAfterMs: cooldownLeft };

  const password = await confirmOwnPassword(who, input.password, "email_change", req, now);
  if (password !== "ok") {
    await audit("email.change_refused", who, req, { reason: password });
    return { ok: false, error: password };
  }

  const code = randomDigits(6);
  const expiresAt = new Date(now.getTime() + emailCodeTtlMinutes() * 60_000);
  const created = await db.$transaction(async (tx) => {
    // One change at a time per account: the newest request replaces any other.
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${session.accountId} FOR UPDATE`;
    const again = await tx.emailChangeRequest.findFirst({ where: { accountId: session.accountId, createdAt: { gt: new Date(now.getTime() - RESEND_COOLDOWN_MS) } } });
    if (again) return null;
    await tx.emailChangeRequest.deleteMany({ where: { accountId: session.accountId } });
    return tx.emailChangeRequest.create({ data: { accountId: session.accountId, newEmail, codeHash: codeHash(session.accountId, newEmail, code), expiresAt, createdAt: now } });
  });
  if (!created) return { ok: false, error: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
  const sent = await sendMail({ to: newEmail, ...emailChangeCodeMail(account.locale, { loginId: session.loginId, code, minutes: emailCodeTtlMinutes() }) });
  if (!sent.ok) {
    await db.emailChangeRequest.deleteMany({ where: { id: created.id } });
    return { ok: false, error: "mail_failed" };
  }
  await audit("email.change_requested", who, req, { to: maskEmail(newEmail) });
  return { ok: true };
}

export type ConfirmChangeError = "no_request" | "wrong_code" | "code_expired" | "locked";
export type ConfirmChangeResult = { ok: true; newEmail: string } | { ok: false; error: ConfirmChangeError };

export async function confirmEmailChange(session: Session, code: string, req: RequestInfo, now: Date): Promise<ConfirmChangeResult> {
  assertFull(session);
  const who = { accountId: session.accountId, loginId: session.loginId };
  const refuse = async (error: ConfirmChangeError): Promise<ConfirmChangeResult> => {
    await audit("email.change_refused", who, req, { reason: error });
    return { ok: false, error };
  };
  const db = getDb();
  const request = await db.emailChangeRequest.findFirst({ where: { accountId: session.accountId, failures: { lt: MAX_CODE_ATTEMPTS } }, orderBy: { createdAt: "desc" } });
  if (!request) return refuse("no_request");
  if (request.expiresAt <= now) return refuse("code_expired");
  // Counted before compared: the account's "second_factor" bucket, then the request's own
  // MAX_CODE_ATTEMPTS (a conditional increment), so parallel guesses cannot all be compared.
  const claim = await claimAttempt(session.accountId, "second_factor", now);
  if (!claim.ok) return refuse("locked");
  const live = { id: request.id, expiresAt: { gt: now } };
  const claimed = await db.emailChangeRequest.updateMany({ where: { ...live, failures: { lt: MAX_CODE_ATTEMPTS } }, data: { failures: { increment: 1 } } });
  if (claimed.count !== 1) return refuse("no_request");

  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.emailChangeRequest.deleteMany({ where: { ...live, codeHash: codeHash(session.accountId, request.newEmail, code) } });
    if (count !== 1) return null;
    const before = await tx.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
    await tx.account.update({ where: { id: session.accountId }, data: { email: request.newEmail } });
    await tx.emailChangeRequest.deleteMany({ where: { accountId: session.accountId } });
    return before;
  });
  if (!changed) return refuse(claim.locked ? "locked" : "wrong_code");
  await resetFailures(session.accountId, ["second_factor"]);
  // The session making the change stays; the others, and every skip, end.
  await endCodesMailedBefore(session.accountId, { keepSid: session.sid }, now);
  await audit("email.changed", who, req, { by: "self", from: maskEmail(changed.email), to: maskEmail(request.newEmail) });
  await sendMail({ to: changed.email, ...emailChangedMail(changed.locale, { loginId: session.loginId, maskedNewEmail: maskEmail(request.newEmail) }) });
  await sendMail({ to: request.newEmail, ...emailRegisteredMail(changed.locale, { loginId: session.loginId }) });
  return { ok: true, newEmail: request.newEmail };
}

export async function cancelEmailChange(session: Session): Promise<void> {
  assertFull(session);
  await getDb().emailChangeRequest.deleteMany({ where: { accountId: session.accountId } });
}

/**
 * After an account's address changed (by the user, or by the office): nothing
 * mailed to the old address may still be used — sign-ins under way and their
 * codes, a pending 2要素認証初期化 code, another pending address change — and
 * nothing that rested on it lives on: remembered browsers, and every session
 * but `keepSid` (revoke.ts revokeAfterEmailChange).
 */
export async function endCodesMailedBefore(accountId: string, opts: { keepSid?: string }, now: Date) {
  await revokeAfterEmailChange(accountId, opts, now);
  const db = getDb();
  await db.twoFactorResetCode.deleteMany({ where: { accountId } });
  await db.emailChangeRequest.deleteMany({ where: { accountId } });
}
