/**
 * Notices to an employee when the office (a sharoushi account) changed their
 * account: second factor reset, unlock, e-mail address. Japanese and English,
 * text and HTML (wrap escapes). No code, token or link that signs anyone in.
 */
import type { Locale } from "@/lib/i18n/config";
import { wrap, type Rendered } from "./templates";

export function officeResetSecondFactorMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】2要素認証が初期化されました", [
        `事務所の担当者が、ログインID ${v.loginId} の2要素認証を初期化しました。`,
        "Authenticator アプリの登録、リカバリーコード、ワンタイムパスワード入力の省略はすべて削除され、ログイン中の画面はログアウトされました。",
        "次回「すべての機能を利用する」でログインする際に、2要素認証の初期設定（QRコードの読み取り）を行ってください。Authenticator アプリに残っている古い「Tobira」の項目は削除して構いません。",
        "お心当たりがない場合は、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your two-factor authentication was reset", [
        `The office reset two-factor authentication for login ID ${v.loginId}.`,
        "The Authenticator registration, the recovery codes and every browser that skipped the one-time password were removed, and you were signed out everywhere.",
        "The next time you sign in with all functions, set up two-factor authentication again (scan the QR code). You may delete the old \"Tobira\" entry in your Authenticator app.",
        "If you did not ask for this, contact the office.",
      ]);
}

export function officeUnlockedMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】アカウントのロックが解除されました", [
        `事務所の担当者が、ログインID ${v.loginId} のロックを解除しました。ログインできるようになりました。`,
        "パスワードの入力誤りが続いたためにロックされていました。ご自身で入力した覚えがない場合は、パスワードを変更し、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your account was unlocked", [
        `The office unlocked login ID ${v.loginId}. You can sign in again.`,
        "It was locked after repeated wrong attempts. If those were not yours, change your password and contact the office.",
      ]);
}

/** To the old address: it no longer receives codes. The new address is masked (this mailbox may not be theirs any more). */
export function officeEmailChangedOldMail(locale: Locale, v: { loginId: string; maskedNewEmail: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】ワンタイムパスワードが届くアドレスが変更されました", [
        `事務所の担当者が、ログインID ${v.loginId} のメールアドレスを ${v.maskedNewEmail} に変更しました。`,
        "今後、ワンタイムパスワード（認証コード）とお知らせは新しいアドレスに届き、このアドレスには届きません。",
        "変更に伴い、ログイン中のセッションと、すべてのブラウザのワンタイムパスワード入力の省略を終了しました。",
        "お心当たりがない場合は、ただちに事務所にご連絡ください。",
      ])
    : wrap("[Tobira] The address for your one-time passwords was changed", [
        `The office changed the e-mail address of login ID ${v.loginId} to ${v.maskedNewEmail}.`,
        "One-time passwords and notices now go to the new address, no longer to this one.",
        "With the change, every signed-in session and the skipping of the one-time password on every browser ended.",
        "If you did not ask for this, contact the office at once.",
      ]);
}

export function officeEmailChangedNewMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】メールアドレスが登録されました", [
        `事務所の担当者が、このメールアドレスをログインID ${v.loginId} のアドレスとして登録しました。`,
        "今後、ワンタイムパスワード（認証コード）とお知らせはこのアドレスに届きます。",
        "お心当たりがない場合は、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your e-mail address was registered", [
        `The office registered this address for login ID ${v.loginId}.`,
        "One-time passwords and notices will now come to this address.",
        "If you did not expect this, contact the office.",
      ]);
}
