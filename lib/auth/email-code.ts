/**
 * The sign-in's e-mailed one-time code (ワンタイムパスワード／認証コード): the
 * SIGN_IN purpose of the mailed-code store (mailed-code.ts), bound to one
 * sign-in flow. "Send again" replaces the code (the old one dies) after the
 * cool-down, at most MAX_SENDS_PER_FLOW times, and does not reset the account's
 * failure count (docs/requirements.md R-LIMIT-4, R-LIMIT-5).
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/send";
import { signInCodeMail } from "@/lib/mail/templates";
import { audit } from "./audit";
import type { Flow } from "./flow-store";
import { codeState, issue, mailedCodeTtlMinutes, signInOwner, verify } from "./mailed-code";
import type { RequestInfo } from "./request-info";

export { MAX_CODE_ATTEMPTS, RESEND_COOLDOWN_MS } from "./mailed-code";
const MAX_SENDS_PER_FLOW = 6;

export function emailCodeTtlMinutes(): number {
  return mailedCodeTtlMinutes();
}

export type SendCodeResult = { ok: true } | { ok: false; reason: "cooldown" | "too_many" | "mail_failed"; retryAfterMs?: number };

export async function issueEmailCode(
  flow: Flow,
  account: { id: string; loginId: string; email: string; locale: Locale },
  req: RequestInfo,
  now: Date,
): Promise<SendCodeResult> {
  const who = { accountId: account.id, loginId: account.loginId };
  const issued = await issue(signInOwner(flow), {
    now,
    maxSends: MAX_SENDS_PER_FLOW,
    send: (code) =>
      sendMail({
        to: account.email,
        ...signInCodeMail(account.locale, { loginId: account.loginId, code, minutes: emailCodeTtlMinutes() }),
        idempotencyKey: `code-${flow.id}-${now.getTime()}`,
      }),
  });
  if (!issued.ok) {
    if (issued.reason === "mail_failed") await audit("code.send_failed", who, req, { flow: flow.id, reason: issued.mailReason });
    return issued.reason === "cooldown" ? { ok: false, reason: "cooldown", retryAfterMs: issued.retryAfterMs } : { ok: false, reason: issued.reason };
  }
  // The flow must outlive the code it carries.
  await getDb().loginFlow.updateMany({ where: { id: flow.id, expiresAt: { lt: issued.expiresAt } }, data: { expiresAt: issued.expiresAt } });
  await audit("code.sent", who, req, { flow: flow.id, channel: "email" });
  return { ok: true };
}

export type EmailCodeCheck = "ok" | "wrong" | "expired" | "none";

/**
 * Uses the flow's code if it matches: of parallel submissions one wins, and a
 * burst compares at most MAX_CODE_ATTEMPTS guesses; after the last the code dies.
 */
export async function consumeEmailCode(flow: Flow, code: string, now: Date): Promise<EmailCodeCheck> {
  return (await verify(signInOwner(flow), code, now)).status;
}

/** The flow's unused code, for the code page: until when it is valid, and whether it still is. */
export async function emailCodeState(flow: Flow, now: Date): Promise<{ expiresAt: Date; active: boolean } | null> {
  return codeState(signInOwner(flow), now);
}

/** "y***@example.jp": enough for the user to recognise the address, not to read it. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  // By code point: half of a surrogate pair is no text (PostgreSQL's json refuses it).
  return `${Array.from(local).slice(0, 1).join("")}***@${domain}`;
}
