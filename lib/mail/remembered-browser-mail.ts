/**
 * Notice mail when a browser is remembered (ワンタイムパスワード入力の省略),
 * in Japanese and English, text and HTML (layout from templates.ts).
 */
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { SKIP_DAYS } from "@/lib/auth/skip-cookie";
import { wrap, type Rendered } from "./templates";

export function browserRememberedMail(locale: Locale, v: { loginId: string; browser: string; at: Date; expiresAt: Date }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】ワンタイムパスワード入力の省略が設定されました", [
        `ログインID ${v.loginId} で、次のブラウザにワンタイムパスワード入力の省略が設定されました。`,
        `ブラウザ：${v.browser}`,
        `設定日時：${formatDateTime(v.at, "ja")}`,
        `有効期限：${formatDate(v.expiresAt, "ja")}（設定から${SKIP_DAYS}日間）`,
        "解除するには、ログイン後の「各種設定」→「ワンタイムパスワード入力省略設定」で、ブラウザごとに解除するか、[ワンタイムパスワードの入力を再開する]ボタンですべての端末・ブラウザの省略設定を解除してください。",
        "お心当たりがない場合は、ただちにすべての省略設定を解除してパスワードを変更し、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] A browser will skip the one-time password", [
        `For login ID ${v.loginId}, the following browser was set to skip the one-time password at sign-in.`,
        `Browser: ${v.browser}`,
        `Set on: ${formatDateTime(v.at, "en")}`,
        `Expires: ${formatDate(v.expiresAt, "en")} (${SKIP_DAYS} days after it was set)`,
        "To cancel it, sign in and open Settings → Skip one-time password settings: cancel it for this browser, or choose \"Resume entering the one-time password\" to cancel it on every device and browser.",
        "If this was not you, cancel every skip at once, change your password and contact the office.",
      ]);
}
