/**
 * The signed-in user's change of the address that receives the one-time
 * passwords (docs/requirements.md R-ADDR-1, R-ADDR-3: never before sign-in;
 * then, a full session only):
 * the password, then a code mailed to the NEW address proves the user reads it;
 * on success both addresses are told, and the account's other sessions and
 * every remembered browser end (they rested on the old address).
 *
 * The code is the EMAIL_CHANGE purpose of the mailed-code store
 * (lib/auth/mailed-code.ts): bound to the account and the new address, valid
 * EMAIL_CODE_TTL_MINUTES, used once (in the transaction that writes the
 * address), dead after MAX_CODE_ATTEMPTS wrong guesses. A new request replaces
 * the old one; a request whose mail fails leaves the one before it working.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { maskEmail } from "@/lib/auth/email-code";
import { accountOwner, codeState, cooldownLeft, discard, discardAllFor, issue, mailedCodeTtlMinutes, verify } from "@/lib/auth/mailed-code";
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

const owner = (session: Session) => accountOwner("EMAIL_CHANGE", session.accountId);

export type PendingEmailChange = { newEmail: string; expiresAt: Date };

/** What the change page shows: the current address and the change waiting for its code, if any. */
export async function emailChangeView(session: Session, now: Date): Promise<{ currentEmail: string; pending: PendingEmailChange | null }> {
  assertFull(session);
  const account = await getDb().account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true } });
  return { currentEmail: account.email, pending: await pendingEmailChange(session, now) };
}

export async function pendingEmailChange(session: Session, now: Date): Promise<PendingEmailChange | null> {
  assertFull(session);
  const code = await codeState(owner(session), now);
  return code?.active && code.newEmail ? { newEmail: code.newEmail, expiresAt: code.expiresAt } : null;
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
  // The cool-down is checked before the password too, so a refused resend costs no hash.
  const wait = await cooldownLeft(owner(session), now);
  if (wait > 0) return { ok: false, error: "cooldown", retryAfterMs: wait };

  const password = await confirmOwnPassword(who, input.password, "email_change", req, now);
  if (password !== "ok") {
    await audit("email.change_refused", who, req, { reason: password });
    return { ok: false, error: password };
  }

  const issued = await issue(owner(session), {
    now,
    newEmail,
    send: (code) => sendMail({ to: newEmail, ...emailChangeCodeMail(account.locale, { loginId: session.loginId, code, minutes: mailedCodeTtlMinutes() }) }),
  });
  if (!issued.ok) return issued.reason === "cooldown" ? { ok: false, error: "cooldown", retryAfterMs: issued.retryAfterMs } : { ok: false, error: "mail_failed" };
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
  const pending = await codeState(owner(session), now);
  if (!pending?.newEmail) return refuse("no_request");
  if (!pending.active) return refuse("code_expired");
  // Counted before compared: the account's "second_factor" bucket here, then the code's own
  // MAX_CODE_ATTEMPTS in the store's one statement, so parallel guesses cannot all be compared.
  const claim = await claimAttempt(session.accountId, "second_factor", now);
  if (!claim.ok) return refuse("locked");

  // The code is used in the transaction that writes the address: both land, or neither.
  const outcome = await getDb().$transaction(async (tx) => {
    const used = await verify(owner(session), code, now, { newEmail: pending.newEmail!, db: tx });
    if (used.status !== "ok" || !used.newEmail) return used.status === "ok" ? "none" : used.status;
    const before = await tx.account.findUniqueOrThrow({ where: { id: session.accountId }, select: { email: true, locale: true } });
    await tx.account.update({ where: { id: session.accountId }, data: { email: used.newEmail } });
    return { before, newEmail: used.newEmail };
  });
  if (outcome === "expired") return refuse("code_expired");
  if (outcome === "none") return refuse("no_request");
  if (outcome === "wrong") return refuse(claim.locked ? "locked" : "wrong_code");
  const { before: changed, newEmail } = outcome;
  await resetFailures(session.accountId, ["second_factor"]);
  // The session making the change stays; the others, and every skip, end.
  await endCodesMailedBefore(session.accountId, { keepSid: session.sid }, now);
  await audit("email.changed", who, req, { by: "self", from: maskEmail(changed.email), to: maskEmail(newEmail) });
  await sendMail({ to: changed.email, ...emailChangedMail(changed.locale, { loginId: session.loginId, maskedNewEmail: maskEmail(newEmail) }) });
  await sendMail({ to: newEmail, ...emailRegisteredMail(changed.locale, { loginId: session.loginId }) });
  return { ok: true, newEmail };
}

export async function cancelEmailChange(session: Session): Promise<void> {
  assertFull(session);
  await discard(owner(session));
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
  await discardAllFor(accountId);
}
