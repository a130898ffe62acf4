/** 監査ログ: ログイン履歴 (settings) and the office console's 監査ログ pages. */
export const auditJa = {
  loginHistory: {
    heading: "ログイン履歴",
    lead: "このアカウントへの最近のログインと、失敗したログインの試み（最新{count}件）です。心当たりのないログインがあれば、すぐにパスワードを変更し、事務所にご連絡ください。",
    link: "ログイン履歴",
    linkLead: "最近のログインの日時・ブラウザ・接続元を確認します",
    empty: "ログインの記録はまだありません。",
    at: "日時",
    result: "結果",
    mode: "モード",
    browser: "ブラウザ",
    address: "接続元IPアドレス",
    outcome: {
      success: "成功",
      wrong_password: "失敗（パスワード誤り）",
      wrong_code: "失敗（認証コード誤り）",
      locked: "ロック",
    },
    modeFull: "フル",
    modeLimited: "限定",
    modeNone: "—",
    unknown: "不明",
  },
} as const;
