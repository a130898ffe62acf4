/**
 * 招待 (the first password of an account the office made). Accounts made by the
 * office console have no password anyone knows (the stored hash is of a random
 * secret) and `awaitingInvitation` set. The office's invitation mails the login
 * ID, the page /invite and a 6-digit code from the one mailed-code store
 * (MailedCode purpose INVITATION, owner the account; hashed, single use, 5
 * guesses, 60 s resend cool-down), valid INVITATION_TTL_HOURS (default 72). On
 * /invite the person types the login ID, the code and a password of their own:
 * the code proves the mailbox, the password is hashed and never mailed or kept
 * in clear. Then they sign in as anyone does, with their second factor.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { accountOwner, issue, verify } from "@/lib/auth/mailed-code";
import { checkNewPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { hashPassword } from "@/lib/auth/password";
import { normaliseLoginId } from "@/lib/auth/policy";
import type { RequestInfo } from "@/lib/auth/request-info";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { invitationMail } from "@/lib/mail/office-templates";
import { sendMail } from "@/lib/mail/send";

/** INVITATION_TTL_HOURS (72): how long an invitation code is valid. */
export function invitationTtlHours(): number {
  const n = Number(process.env.INVITATION_TTL_HOURS ?? 72);
  return Number.isFinite(n) && n > 0 ? n : 72;
}

/** The link in the mail: PUBLIC_ORIGIN (the address people use, e.g. https://tobira.example.jp) and the page. */
function invitationLink(loginId: string): string {
  const origin = (process.env.PUBLIC_ORIGIN ?? "").replace(/\/+$/, "");
  return `${origin}/invite?id=${encodeURIComponent(loginId)}`;
}

export type InvitationTarget = { id: string; loginId: string; email: string; locale: "ja" | "en"; companyName: string };
export type SendInvitationResult = { ok: true; expiresAt: Date } | { ok: false; reason: "cooldown" | "mail_failed" | "too_many" };

/**
 * Mails a new invitation code (the previous one dies). The caller (lib/office/)
 * has checked that the account is the office's and still awaits its invitation.
 */
export async function sendInvitation(target: InvitationTarget, actor: { accountId: string; loginId: string }, req: RequestInfo, now: Date): Promise<SendInvitationResult> {
  const result = await issue(accountOwner("INVITATION", target.id), {
    now,
    ttlMs: invitationTtlHours() * 3_600_000,
    send: (code, expiresAt) =>
      sendMail({
        to: target.email,
        ...invitationMail(target.locale, { companyName: target.companyName, loginId: target.loginId, link: invitationLink(target.loginId), expiresAt: formatDateTime(expiresAt, target.locale) }, code),
      }),
  });
  await audit("invitation.sent", { accountId: target.id, loginId: target.loginId }, req, {
    by: "office", actorAccountId: actor.accountId, actorLoginId: actor.loginId, ok: result.ok, ...(result.ok ? {} : { reason: result.reason }),
  });
  return result.ok ? { ok: true, expiresAt: result.expiresAt } : { ok: false, reason: result.reason };
}

export type AcceptResult = { ok: true; loginId: string } | { ok: false; error: "invalid" | "expired" } | { ok: false; error: "password"; problem: PasswordProblem };

/**
 * /invite: the code, then the password. An unknown login ID, an account that has
 * its password already, a disabled one and a wrong code read alike ("invalid").
 * The guess is counted and the password written in one transaction.
 */
export async function acceptInvitation(input: { loginId: unknown; code: string; password: string }, req: RequestInfo, now: Date): Promise<AcceptResult> {
  const loginId = normaliseLoginId(input.loginId);
  const problem = checkNewPassword(input.password, loginId);
  if (problem) return { ok: false, error: "password", problem };
  // Hashed before the lookup, so an unknown login ID takes as long as a known one:
  // the answer's timing does not tell which IDs await an invitation.
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  const account = loginId
    ? await db.account.findFirst({ where: { loginId, awaitingInvitation: true, disabled: false, OR: [{ companyId: null }, { company: { disabled: false } }] }, select: { id: true, loginId: true } })
    : null;
  if (!account) {
    await audit("invitation.failed", { loginId: loginId || null }, req, { reason: "unknown" });
    return { ok: false, error: "invalid" };
  }
  const verdict = await db.$transaction(async (tx) => {
    const r = await verify(accountOwner("INVITATION", account.id), input.code, now, { db: tx });
    if (r.status === "ok") {
      await tx.account.updateMany({ where: { id: account.id, awaitingInvitation: true }, data: { passwordHash, awaitingInvitation: false, mustChangePassword: false } });
    }
    return r.status;
  });
  const who = { accountId: account.id, loginId: account.loginId };
  if (verdict !== "ok") {
    await audit("invitation.failed", who, req, { reason: verdict });
    return { ok: false, error: verdict === "expired" ? "expired" : "invalid" };
  }
  await audit("invitation.accepted", who, req);
  return { ok: true, loginId: account.loginId };
}
