/**
 * Mails of the signed-in user's own changes (settings): password changed,
 * two-factor reset (its code and its notice), e-mail address change (the code
 * to the new address, the notice to the old one), and a new additional account.
 * None of them carries a password; codes only where the user must type one.
 */
import type { Locale } from "@/lib/i18n/config";
import { wrap, type Rendered } from "./templates";

export function passwordChangedMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】パスワードが変更されました", [
        `ログインID ${v.loginId} のパスワードが変更されました。ほかの端末・ブラウザのログインは終了し、ワンタイムパスワード入力の省略設定はすべて解除されました。`,
        "お心当たりがない場合は、ただちに事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your password was changed", [
        `The password of login ID ${v.loginId} was changed. Sign-ins on other devices and browsers have ended, and every browser that skipped the one-time password must enter it again.`,
        "If this was not you, contact the office at once.",
      ]);
}

export function twoFactorResetCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return locale === "ja"
    ? wrap(
        "【Tobira】2要素認証初期化の確認コード",
        [
          `ログインID ${v.loginId} の2要素認証初期化の確認コードです。2要素認証初期化の画面に入力してください。`,
          `有効期間は${v.minutes}分間です。`,
          "お心当たりがない場合は、このメールを破棄し、パスワードを変更して事務所にご連絡ください。",
        ],
        v.code,
      )
    : wrap(
        "[Tobira] Code to reset two-factor authentication",
        [
          `Your code to reset two-factor authentication of login ID ${v.loginId}. Enter it on the reset screen.`,
          `It is valid for ${v.minutes} minutes.`,
          "If this was not you, ignore this mail, change your password and contact the office.",
        ],
        v.code,
      );
}

export function twoFactorResetMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】2要素認証が初期化されました", [
        `ログインID ${v.loginId} の2要素認証が初期化されました。Authenticator の登録、リカバリーコード、ワンタイムパスワード入力の省略設定は削除され、すべての端末・ブラウザのログインは終了しました。`,
        "次回「すべての機能を利用する」でログインするときに、2要素認証の初期設定（QRコードの読み取り）をやり直してください。",
        "お心当たりがない場合は、ただちに事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Two-factor authentication was reset", [
        `Two-factor authentication of login ID ${v.loginId} was reset. The Authenticator registration, the recovery codes and every browser that skipped the one-time password were removed, and every sign-in has ended.`,
        "At your next full sign-in, set up two-factor authentication again (scan the QR code).",
        "If this was not you, contact the office at once.",
      ]);
}

export function emailChangeCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return locale === "ja"
    ? wrap(
        "【Tobira】メールアドレス変更の確認コード",
        [
          `ログインID ${v.loginId} のワンタイムパスワードの送信先を、このメールアドレスに変更する手続きが行われました。確認コードを変更画面に入力してください。`,
          `有効期間は${v.minutes}分間です。`,
          "お心当たりがない場合は、このメールを破棄してください。",
        ],
        v.code,
      )
    : wrap(
        "[Tobira] Code to confirm your new e-mail address",
        [
          `Someone asked to send the one-time passwords of login ID ${v.loginId} to this address. Enter this code on the change screen to confirm.`,
          `It is valid for ${v.minutes} minutes.`,
          "If this was not you, ignore this mail.",
        ],
        v.code,
      );
}

export function emailChangedMail(locale: Locale, v: { loginId: string; maskedNewEmail: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】メールアドレスが変更されました", [
        `ログインID ${v.loginId} のワンタイムパスワードの送信先メールアドレスが ${v.maskedNewEmail} に変更されました。今後、このアドレスにはワンタイムパスワードは届きません。`,
        "変更に伴い、変更した画面以外のログインと、すべてのブラウザのワンタイムパスワード入力の省略を終了しました。",
        "お心当たりがない場合は、ただちに事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your e-mail address was changed", [
        `The e-mail address that receives the one-time passwords of login ID ${v.loginId} was changed to ${v.maskedNewEmail}. This address will no longer receive them.`,
        "With the change, every other signed-in session and the skipping of the one-time password on every browser ended.",
        "If this was not you, contact the office at once.",
      ]);
}

/** To the new address, after the user's own change: it now receives the codes. */
export function emailRegisteredMail(locale: Locale, v: { loginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】メールアドレスが登録されました", [
        `このメールアドレスを、ログインID ${v.loginId} のワンタイムパスワードの送信先として登録しました。`,
        "変更に伴い、変更した画面以外のログインと、すべてのブラウザのワンタイムパスワード入力の省略を終了しました。",
        "お心当たりがない場合は、事務所にご連絡ください。",
      ])
    : wrap("[Tobira] Your e-mail address was registered", [
        `This address now receives the one-time passwords of login ID ${v.loginId}.`,
        "With the change, every other signed-in session and the skipping of the one-time password on every browser ended.",
        "If you did not expect this, contact the office.",
      ]);
}

export function additionalAccountCreatedMail(locale: Locale, v: { loginId: string; mainLoginId: string }): Rendered {
  return locale === "ja"
    ? wrap("【Tobira】追加アカウントが作成されました", [
        `ログインID ${v.mainLoginId} の追加アカウントとして、ログインID ${v.loginId} が作成されました。このメールアドレスにワンタイムパスワードが届きます。`,
        "初期パスワードは作成した方からお受け取りください。初回ログイン時にパスワードの変更が必要です。",
      ])
    : wrap("[Tobira] An additional account was created", [
        `Login ID ${v.loginId} was created as an additional account of login ID ${v.mainLoginId}. Its one-time passwords will be sent to this address.`,
        "Ask the person who created it for the initial password. You must change it at the first sign-in.",
      ]);
}
