/**
 * The demo data of the quick start. README lists these login IDs and passwords;
 * keep the two in step.
 */
export const DEMO_PASSWORD = "tobira-demo-2026";

export const demoOffice = { id: "office-demo", name: "さくら社会保険労務士事務所" };

export const demoCompanies = [
  { id: "company-c001", code: "C001", name: "株式会社みなと製作所", apps: { ATTENDANCE: true, PAYSLIPS: true, RECEPTION: true } },
  { id: "company-c002", code: "C002", name: "有限会社ひかり商店", apps: { ATTENDANCE: true, PAYSLIPS: true, RECEPTION: false } },
] as const;

export type DemoAccount = {
  loginId: string;
  role: "SHAROUSHI" | "EMPLOYEE";
  displayName: string;
  email: string;
  companyCode?: string;
  isHrStaff?: boolean;
  mainLoginId?: string;
};

export const demoAccounts: DemoAccount[] = [
  { loginId: "A0000001", role: "SHAROUSHI", displayName: "佐藤 花子", email: "a0000001@office.example.jp" },
  { loginId: "C001-00001", role: "EMPLOYEE", displayName: "山田 太郎", email: "yamada@minato.example.jp", companyCode: "C001", isHrStaff: true },
  { loginId: "C001-00042", role: "EMPLOYEE", displayName: "鈴木 一郎", email: "suzuki@minato.example.jp", companyCode: "C001" },
  { loginId: "C001-00043", role: "EMPLOYEE", displayName: "田中 美咲", email: "tanaka@minato.example.jp", companyCode: "C001" },
  { loginId: "C001-00042-2", role: "EMPLOYEE", displayName: "鈴木 一郎（追加）", email: "suzuki.sub@minato.example.jp", companyCode: "C001", mainLoginId: "C001-00042" },
  { loginId: "C002-00001", role: "EMPLOYEE", displayName: "高橋 健", email: "takahashi@hikari.example.jp", companyCode: "C002", isHrStaff: true },
  { loginId: "C002-00007", role: "EMPLOYEE", displayName: "伊藤 さくら", email: "ito@hikari.example.jp", companyCode: "C002" },
];

export const demoNotices = [
  {
    slug: "otp-introduction",
    publishedAt: new Date("2026-11-01T00:00:00+09:00"),
    titleJa: "ワンタイムパスワード導入のご案内",
    titleEn: "Introducing one-time passwords",
    bodyJa:
      "セキュリティ強化のため、ワンタイムパスワード認証を導入します。\n\n各種マイページにログインする際は、従来のIDとパスワードのほか、新たにワンタイムパスワード（認証コード）の入力が必要となりますので、よろしくお願いいたします。\n\n※ワンタイムパスワード（認証コード）は、Authenticatorアプリに表示される6桁のコード、またはアカウントに登録されたメールアドレスに届くコードです。",
    bodyEn:
      "To strengthen security we are introducing one-time password authentication.\n\nWhen you sign in, you will now need a one-time password (verification code) in addition to your ID and password.\n\nThe one-time password is the 6-digit code shown by your Authenticator app, or a code sent to the e-mail address registered for your account.",
  },
];
