/**
 * E-mailed one-time codes (ワンタイムパスワード／認証コード): 6 digits from the
 * CSPRNG, valid EMAIL_CODE_TTL_MINUTES (30), bound to one sign-in flow, stored
 * hashed with the flow id, single use. "Send again" replaces the code (the old
 * one dies) after a cool-down, and does not reset the failure count.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/send";
import { signInCodeMail } from "@/lib/mail/templates";
import { audit } from "./audit";
import { randomDigits, sha256 } from "./crypto";
import type { Flow } from "./flow-store";
import type { RequestInfo } from "./request-info";

export const RESEND_COOLDOWN_MS = 60_000;
export const MAX_CODE_ATTEMPTS = 5;
const MAX_SENDS_PER_FLOW = 6;

export function emailCodeTtlMinutes(): number {
  const n = Number(process.env.EMAIL_CODE_TTL_MINUTES ?? 30);
  return Number.isFinite(n) && n > 0 ? n : 30;
}

function codeHash(flowId: string, code: string) {
  return sha256(`email-code:${flowId}:${code}`);
}

export type SendCodeResult = { ok: true } | { ok: false; reason: "cooldown" | "too_many" | "mail_failed"; retryAfterMs?: number };

export async function issueEmailCode(
  flow: Flow,
  account: { id: string; loginId: string; email: string; locale: Locale },
  req: RequestInfo,
  now: Date,
): Promise<SendCodeResult> {
  const db = getDb();
  if (flow.emailCodeSentAt && now.getTime() - flow.emailCodeSentAt.getTime() < RESEND_COOLDOWN_MS) {
    return { ok: false, reason: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS - (now.getTime() - flow.emailCodeSentAt.getTime()) };
  }
  const code = randomDigits(6);
  if (flow.emailCodeSends >= MAX_SENDS_PER_FLOW) return { ok: false, reason: "too_many" };
  const hash = codeHash(flow.id, code);
  const expiresAt = new Date(now.getTime() + emailCodeTtlMinutes() * 60_000);
  // Conditional on the send time we saw: two parallel "send again" clicks send one mail.
  const { count } = await db.loginFlow.updateMany({
    where: { id: flow.id, emailCodeSentAt: flow.emailCodeSentAt, completedAt: null },
    data: {
      emailCodeHash: hash,
      emailCodeExpiresAt: expiresAt,
      emailCodeSentAt: now,
      emailCodeFailures: 0,
      emailCodeSends: { increment: 1 },
      // The flow must outlive the code it carries.
      expiresAt: new Date(Math.max(flow.expiresAt.getTime(), expiresAt.getTime())),
    },
  });
  if (count !== 1) return { ok: false, reason: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
  const mail = signInCodeMail(account.locale, { loginId: account.loginId, code, minutes: emailCodeTtlMinutes() });
  const sent = await sendMail({ to: account.email, ...mail, idempotencyKey: `code-${flow.id}-${now.getTime()}` });
  if (!sent.ok) {
    // Nothing half-done: the code that never left is dropped, the one mailed before it (if
    // any, and still valid) works again, and there is no cool-down before the next try.
    // The send still counts toward MAX_SENDS_PER_FLOW, so a dead provider is not hammered.
    await db.loginFlow.updateMany({
      where: { id: flow.id, emailCodeHash: hash },
      data: {
        emailCodeHash: flow.emailCodeHash,
        emailCodeExpiresAt: flow.emailCodeExpiresAt,
        emailCodeFailures: flow.emailCodeFailures,
        emailCodeSentAt: null,
      },
    });
    await audit("code.send_failed", { accountId: account.id, loginId: account.loginId }, req, { flow: flow.id, reason: sent.reason });
    return { ok: false, reason: "mail_failed" };
  }
  await audit("code.sent", { accountId: account.id, loginId: account.loginId }, req, { flow: flow.id, channel: "email" });
  return { ok: true };
}

export type EmailCodeCheck = "ok" | "wrong" | "expired" | "none";

/**
 * Consumes the code if it matches: exactly one of two parallel submissions wins.
 * Each guess is counted before it is compared (one conditional increment that
 * refuses once MAX_CODE_ATTEMPTS are used), so a burst of parallel guesses
 * compares at most MAX_CODE_ATTEMPTS of them; after the last, the code dies.
 */
export async function consumeEmailCode(flow: Flow, code: string, now: Date): Promise<EmailCodeCheck> {
  if (!flow.emailCodeHash) return "none";
  if (!flow.emailCodeExpiresAt || flow.emailCodeExpiresAt <= now) return "expired";
  const db = getDb();
  const live = { id: flow.id, emailCodeHash: { not: null }, emailCodeExpiresAt: { gt: now }, completedAt: null };
  const claimed = await db.loginFlow.updateMany({
    where: { ...live, emailCodeFailures: { lt: MAX_CODE_ATTEMPTS } },
    data: { emailCodeFailures: { increment: 1 } },
  });
  if (claimed.count !== 1) return "none";
  const { count } = await db.loginFlow.updateMany({
    where: { ...live, emailCodeHash: codeHash(flow.id, code) },
    data: { emailCodeHash: null, emailCodeExpiresAt: null, emailCodeFailures: 0 },
  });
  if (count === 1) return "ok";
  // The last allowed guess was wrong: the code dies and a new one must be sent.
  await db.loginFlow.updateMany({ where: { id: flow.id, emailCodeFailures: { gte: MAX_CODE_ATTEMPTS } }, data: { emailCodeHash: null, emailCodeExpiresAt: null } });
  return "wrong";
}

/** "y***@example.jp": enough for the user to recognise the address, not to read it. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  // By code point: half of a surrogate pair is no text (PostgreSQL's json refuses it).
  return `${Array.from(local).slice(0, 1).join("")}***@${domain}`;
}
