/**
 * Mails of the signed-in user's own changes (settings): password changed,
 * two-factor reset (its code and its notice), e-mail address change (the code
 * to the new address, the notice to the old one), and a new additional account.
 * None of them carries a password; codes only where the user must type one.
 */
import type { Locale } from "@/lib/i18n/config";
import { renderMail, type Rendered } from "./templates";

export function passwordChangedMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "passwordChanged", v);
}

export function twoFactorResetCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return renderMail(locale, "twoFactorResetCode", { loginId: v.loginId, minutes: v.minutes }, v.code);
}

export function twoFactorResetMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "twoFactorReset", v);
}

export function emailChangeCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return renderMail(locale, "emailChangeCode", { loginId: v.loginId, minutes: v.minutes }, v.code);
}

export function emailChangedMail(locale: Locale, v: { loginId: string; maskedNewEmail: string }): Rendered {
  return renderMail(locale, "emailChanged", v);
}

/** To the new address, after the user's own change: it now receives the codes. */
export function emailRegisteredMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "emailRegistered", v);
}

export function additionalAccountCreatedMail(locale: Locale, v: { loginId: string; mainLoginId: string }): Rendered {
  return renderMail(locale, "additionalAccountCreated", v);
}
