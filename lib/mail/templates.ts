/**
 * Mail texts in Japanese and English, as text and HTML. Each template returns
 * subject, text and html; values are escaped for HTML.
 */
import type { Locale } from "@/lib/i18n/config";

export type Rendered = { subject: string; text: string; html: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function wrap(subject: string, paragraphs: string[], code?: string): Rendered {
  const text = [...paragraphs.slice(0, 1), ...(code ? [code] : []), ...paragraphs.slice(1), "", "Tobira"].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6;color:#1c1917">${paragraphs
    .slice(0, 1)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}${code ? `<p style="font-size:28px;font-weight:bold;letter-spacing:6px" data-code>${escapeHtml(code)}</p>` : ""}${paragraphs
    .slice(1)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}<p style="color:#57534e">Tobira</p></body></html>`;
  return { subject, text, html };
}

export function signInCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return locale === "ja"
    ? wrap(
        "【Tobira】ワンタイムパスワード（認証コード）のお知らせ",
        [
          `ログインID ${v.loginId} のワンタイムパスワード（認証コード）です。`,
          `有効期間は${v.minutes}分間です。有効期間を過ぎた場合は、ワンタイムパスワード入力画面を閉じて、ログインからやり直してください。`,
          "このメールに心当たりがない場合は、パスワードが第三者に知られている可能性があります。パスワードを変更し、事務所にご連絡ください。",
        ],
        v.code,
      )
    : wrap(
        "[Tobira] Your one-time password",
        [
          `Your one-time password (verification code) for login ID ${v.loginId}:`,
          `It is valid for ${v.minutes} minutes. If it has expired, close the one-time password screen and start the login again.`,
          "If you did not try to sign in, someone may know your password: change it and contact the office.",
        ],
        v.code,
      );
}

export function recoveryCodeUsedMail(locale: Locale, v: { loginId: string; remaining: number }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】リカバリーコードが使用されました", [
        `ログインID ${v.loginId} でリカバリーコードが使用され、ログインしました。残りのリカバリーコードは${v.remaining}個です。`,
        "お心当たりがない場合は、ただちにパスワードを変更し、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] A recovery code was used", [
        `A recovery code was used to sign in to login ID ${v.loginId}. ${v.remaining} recovery codes remain.`,
        "If this was not you, change your password at once and contact the office.",
      ]);
}

export function totpEnrolledMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】2要素認証（Authenticator）が設定されました", [
        `ログインID ${v.loginId} に Authenticator アプリが登録されました。`,
        "お心当たりがない場合は、ただちに事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Two-factor authentication was set up", [
        `An Authenticator app was registered for login ID ${v.loginId}.`,
        "If this was not you, contact the office at once.",
      ]);
}
