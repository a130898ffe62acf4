/**
 * Notice mail when a browser is remembered (ワンタイムパスワード入力の省略),
 * in the reader's language; the text is the dictionary's (mail.browserRemembered),
 * the skip's length the configured one.
 */
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { SKIP_DAYS } from "@/lib/auth/skip-cookie";
import { renderMail, type Rendered } from "./templates";

export function browserRememberedMail(locale: Locale, v: { loginId: string; browser: string; at: Date; expiresAt: Date }): Rendered {
  return renderMail(locale, "browserRemembered", {
    loginId: v.loginId,
    browser: v.browser,
    at: formatDateTime(v.at, locale),
    expiresAt: formatDate(v.expiresAt, locale),
    days: SKIP_DAYS,
  });
}
