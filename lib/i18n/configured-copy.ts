/**
 * The copy that states a configured duration: it reads the configuration
 * itself, so no page can show a number the app does not use (the e-mailed
 * code's lifetime is EMAIL_CODE_TTL_MINUTES; the skip lasts SKIP_DAYS).
 */
import { emailCodeTtlMinutes } from "@/lib/auth/email-code";
import { SKIP_DAYS } from "@/lib/auth/skip-cookie";
import { format } from "./message";
import type { Messages } from "./messages/ja";

/** ワンタイムパスワード入力: where the code went and how long it lives. */
export function emailCodeLead(t: Messages, maskedEmail: string): string {
  return format(t.auth.verify.emailLead, { email: maskedEmail, minutes: emailCodeTtlMinutes() });
}

/** The refusal of an expired e-mailed code. */
export function emailCodeExpired(t: Messages): string {
  return format(t.auth.verify.expired, { minutes: emailCodeTtlMinutes() });
}

/** The screen of an expired e-mailed code: one instruction, start again. */
export function emailCodeExpiredRestart(t: Messages): string {
  return format(t.auth.verify.expiredRestart, { minutes: emailCodeTtlMinutes() });
}

/** ワンタイムパスワード省略設定確認: how long the skip lasts, and until when. */
export function skipLasts(t: Messages, until: string): string {
  return format(t.skip.confirm.days, { days: SKIP_DAYS, date: until });
}

/** …and that it can be set again for as long once it has run out. */
export function skipRenews(t: Messages): string {
  return format(t.skip.confirm.renew, { days: SKIP_DAYS });
}
