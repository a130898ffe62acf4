/**
 * The demo data of the quick start. README lists these login IDs and passwords;
 * keep the two in step.
 */
import type { PayslipItem, PayslipItems } from "@/lib/payslips/items";

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
  /** Office administrator: may unlock the office's staff accounts. */
  isOfficeAdmin?: boolean;
};

export const demoAccounts: DemoAccount[] = [
  { loginId: "A0000001", role: "SHAROUSHI", displayName: "佐藤 花子", email: "a0000001@office.example.jp", isOfficeAdmin: true },
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
      "セキュリティ強化のため、Tobira（扉）のログインにワンタイムパスワード認証を導入します。\n\nログインIDとパスワードを入力したあと「すべての機能を利用する」を選んだ場合は、続けてワンタイムパスワード（認証コード）の入力が必要となりますので、よろしくお願いいたします。「就業打刻・明細閲覧のみ利用する」を選んだ場合は、ログインIDとパスワードだけで打刻と給与明細の確認ができます。\n\n※ワンタイムパスワード（認証コード）は、Authenticatorアプリに表示される6桁のコード、またはアカウントに登録されたメールアドレスに届くコードです。",
    bodyEn:
      "To strengthen security we are introducing one-time password authentication for signing in to Tobira.\n\nAfter your login ID and password, choosing \"Use all features\" now also asks for a one-time password (verification code). Choosing \"Clock-in and payslips only\" still needs just your login ID and password, to clock in and read your payslips.\n\nThe one-time password is the 6-digit code shown by your Authenticator app, or a code sent to the e-mail address registered for your account.",
  },
];

// ---- 明細 (payslips) -------------------------------------------------------

export type DemoPayslip = { loginId: string; period: string; payDate: Date; items: PayslipItems };

/** The last three months before the demo's "today" (November 2026). */
export const demoPayslipPeriods = ["2026-08", "2026-09", "2026-10"] as const;

type PayProfile = {
  basePay: number;
  commuting: number;
  residentTax: number;
  /** 40 or over: 介護保険 is deducted too. */
  nursingCare: boolean;
  /** Overtime hours per period, in the order of demoPayslipPeriods. */
  overtimeHours: readonly [number, number, number];
  /** 社会保険 (health insurance, pension) applies; not for the short-hours additional account. */
  socialInsurance: boolean;
};

const payProfiles: Record<string, PayProfile> = {
  "C001-00001": { basePay: 320_000, commuting: 15_400, residentTax: 18_600, nursingCare: true, overtimeHours: [6, 10, 4], socialInsurance: true },
  "C001-00042": { basePay: 265_000, commuting: 9_800, residentTax: 12_300, nursingCare: false, overtimeHours: [12, 18, 8], socialInsurance: true },
  "C001-00043": { basePay: 238_000, commuting: 11_200, residentTax: 9_800, nursingCare: false, overtimeHours: [4, 0, 6], socialInsurance: true },
  "C001-00042-2": { basePay: 82_000, commuting: 0, residentTax: 0, nursingCare: false, overtimeHours: [0, 0, 0], socialInsurance: false },
  "C002-00001": { basePay: 290_000, commuting: 6_000, residentTax: 15_500, nursingCare: true, overtimeHours: [8, 8, 10], socialInsurance: true },
  "C002-00007": { basePay: 215_000, commuting: 4_200, residentTax: 7_600, nursingCare: false, overtimeHours: [0, 3, 5], socialInsurance: true },
};

/** 25th of the month, or the Friday before when it falls on a weekend; midnight Japan time. */
function payDateOf(period: string): Date {
  const day = new Date(`${period}-25T00:00:00+09:00`);
  const weekday = new Date(`${period}-25T00:00:00Z`).getUTCDay();
  const back = weekday === 6 ? 1 : weekday === 0 ? 2 : 0;
  return new Date(day.getTime() - back * 24 * 60 * 60 * 1000);
}

/**
 * Monthly withholding (源泉徴収税額表 月額 甲欄, no dependants), approximated by a
 * line through the table's values around 200,000–300,000 yen; none under 88,000 yen.
 */
function incomeTaxOf(taxable: number): number {
  if (taxable < 88_000) return 0;
  return Math.max(0, Math.floor((4_770 + (taxable - 200_000) * 0.0365) / 10) * 10);
}

/** Realistic, deterministic items: rates of 協会けんぽ (東京), 厚生年金 and 雇用保険 (employee's share). */
function payslipItemsFor(p: PayProfile, overtimeHours: number): PayslipItems {
  const overtimePay = Math.round((p.basePay / 160) * 1.25 * overtimeHours);
  const gross = p.basePay + overtimePay + p.commuting;
  // 標準報酬月額: fixed for the year, so the same every month.
  const standard = Math.round((p.basePay + p.commuting) / 10_000) * 10_000;
  const health = p.socialInsurance ? Math.round(standard * 0.0499) : 0;
  const nursing = p.socialInsurance && p.nursingCare ? Math.round(standard * 0.00795) : 0;
  const pension = p.socialInsurance ? Math.round(standard * 0.0915) : 0;
  const employment = Math.round(gross * 0.0055);
  const incomeTax = incomeTaxOf(gross - p.commuting - health - nursing - pension - employment);

  const earnings: PayslipItem[] = [{ code: "basePay", label: "基本給", amount: p.basePay }];
  if (overtimePay) earnings.push({ code: "overtimePay", label: "残業手当", amount: overtimePay });
  if (p.commuting) earnings.push({ code: "commutingAllowance", label: "通勤手当", amount: p.commuting });
  const deductions: PayslipItem[] = [];
  if (health) deductions.push({ code: "healthInsurance", label: "健康保険", amount: health });
  if (nursing) deductions.push({ code: "nursingCareInsurance", label: "介護保険", amount: nursing });
  if (pension) deductions.push({ code: "welfarePension", label: "厚生年金", amount: pension });
  deductions.push({ code: "employmentInsurance", label: "雇用保険", amount: employment });
  deductions.push({ code: "incomeTax", label: "所得税", amount: incomeTax });
  if (p.residentTax) deductions.push({ code: "residentTax", label: "住民税", amount: p.residentTax });
  return { earnings, deductions };
}

/** Three months of payslips for every demo employee account. */
export const demoPayslips: DemoPayslip[] = demoAccounts
  .filter((a) => a.role === "EMPLOYEE")
  .flatMap((a) => {
    const profile = payProfiles[a.loginId];
    if (!profile) throw new Error(`demo-data: no pay profile for ${a.loginId}`);
    return demoPayslipPeriods.map((period, i) => ({
      loginId: a.loginId,
      period,
      payDate: payDateOf(period),
      items: payslipItemsFor(profile, profile.overtimeHours[i]!),
    }));
  });
