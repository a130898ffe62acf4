/** UI text of the development outbox (/dev/outbox), which production never serves. */
export const devJa = {
  outbox: {
    heading: "開発用メール受信箱",
    lead: "メール送信サービスが設定されていないため、送信したメールはここに届きます。本番環境には存在しないページです。",
    banner: "開発用：メールは「開発用メール受信箱」に届きます",
    filterLabel: "宛先で絞り込む",
    filter: "絞り込む",
    all: "すべて表示",
    empty: "メールはまだありません。",
    to: "宛先",
    sentAt: "送信日時",
  },
} as const;
