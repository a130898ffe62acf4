/** Japanese UI text: the default, and the shape every other locale follows. */
import { appsJa } from "./apps.ja";
import { auditJa } from "./audit.ja";
import { authJa } from "./auth.ja";
import { devJa } from "./dev.ja";
import { mailJa } from "./mail.ja";
import { officeJa } from "./office.ja";
import { licencesJa } from "./licences.ja";
import { maintenanceJa } from "./maintenance.ja";
import { officeConsoleJa } from "./office-console.ja";
import { selfServiceJa } from "./self-service.ja";
import { skipJa } from "./skip.ja";
import type { MessagesOf } from "../message";

export const ja = {
  meta: {
    title: "Tobira（扉）",
    /** The home-screen app's name (app/manifest.ts, apple-mobile-web-app-title). */
    appName: "Tobira",
    description: "社労士事務所と顧問先のための人事・給与サービスのログインポータル",
  },
  nav: {
    home: "トップ",
    notices: "お知らせ",
    faq: "よくある質問",
    login: "ログイン",
    logout: "ログアウト",
    skipToContent: "本文へ移動",
    language: "表示言語",
    mainNavigation: "メインメニュー",
    menu: "メニュー",
    signedInAs: "ログイン中のアカウント：",
  },
  common: {
    backToTop: "トップへ戻る",
    published: "掲載日",
    noNotices: "現在お知らせはありません。",
    seeAllNotices: "お知らせをすべて見る",
  },
  home: {
    heading: "ログインポータル",
    lead: "社労士事務所と顧問先企業のための人事・給与サービスです。IDとパスワード、2要素認証でログインしてください。",
    latestNotices: "最新のお知らせ",
    help: "ログインやワンタイムパスワードでお困りの方は「よくある質問」をご覧ください。",
  },
  notices: {
    heading: "お知らせ",
  },
  faq: {
    heading: "よくある質問",
    description: "Tobiraのログイン、2要素認証、ワンタイムパスワード、入力省略設定についてのよくある質問です。",
    intro: "Tobiraへのログイン、2要素認証（Authenticatorアプリ・ワンタイムパスワード）、ワンタイムパスワード入力の省略設定についてのよくある質問です。",
    contact: "解決しない場合は、ご契約の社労士事務所（以下「事務所」）にお問い合わせください。",
    toc: "目次",
    backToToc: "目次へ戻る",
    related: "関連する質問",
    answerLabel: "回答",
  },
  footer: {
    operator: "運営：社会保険労務士事務所",
  },
  errors: {
    notFound: "ページが見つかりません。",
    unexpected: "エラーが発生しました。時間をおいてもう一度お試しください。",
    foreignOrigin: "このリクエストは受け付けられません。Tobira の画面から操作してください。",
    tooLarge: "送信されたデータが大きすぎます。",
    lengthRequired: "送信データの長さが不明なため受け付けられません。",
    unavailableTitle: "ただいまサービスを利用できません",
    unavailable: "一時的にデータベースに接続できません。{seconds}秒ほど待ってから、もう一度お試しください。打刻が完了したと表示されていない場合は、記録されていません。",
    unsupportedType: "この形式の送信データは受け付けられません。Tobira の画面から操作してください。",
    unreadableBody: "送信されたデータを読み取れませんでした。Tobira の画面から操作してください。",
  },
  auth: authJa,
  apps: appsJa,
  dev: devJa,
  mail: mailJa,
  office: officeJa,
  licences: licencesJa,
  maintenance: maintenanceJa,
  officeConsole: officeConsoleJa,
  selfService: selfServiceJa,
  skip: skipJa,
  audit: auditJa,
} as const;

/** The shape of every dictionary: each string typed with the ICU variables of its Japanese text (message.ts). */
export type Messages = MessagesOf<typeof ja>;
