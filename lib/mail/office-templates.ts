/**
 * Notices to an employee when the office (a sharoushi account) changed their
 * account: second factor reset, unlock, e-mail address. Japanese and English,
 * text and HTML (wrap escapes). No code, token or link that signs anyone in.
 */
import type { Locale } from "@/lib/i18n/config";
import { renderMail, type Rendered } from "./templates";

export function officeResetSecondFactorMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "officeResetSecondFactor", v);
}

export function officeUnlockedMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "officeUnlocked", v);
}

/** To the old address: it no longer receives codes. The new address is masked (this mailbox may not be theirs any more). */
export function officeEmailChangedOldMail(locale: Locale, v: { loginId: string; maskedNewEmail: string }): Rendered {
  return renderMail(locale, "officeEmailChangedOld", v);
}

export function officeEmailChangedNewMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "officeEmailChangedNew", v);
}

/** The invitation of a new account: its login ID, where to set the first password, and (as the mail's code) the invitation code. */
export function invitationMail(locale: Locale, v: { companyName: string; loginId: string; link: string; expiresAt: string }, code: string): Rendered {
  return renderMail(locale, "invitation", v, code);
}
