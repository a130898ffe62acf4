/** Formats of the apps (times, yen, payslip periods), always in Japan time; dates are lib/i18n/format.ts. */
import type { Locale } from "./config";

const TZ = "Asia/Tokyo";
const tag = (locale: Locale) => (locale === "ja" ? "ja-JP" : "en-GB");

/** 9:01:05 — a punch's time of day. */
export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { hour: "numeric", minute: "2-digit", second: "2-digit", timeZone: TZ }).format(date);
}

/** 282,000円 / ¥282,000. */
export function formatYen(amount: number, locale: Locale): string {
  return locale === "ja" ? `${amount.toLocaleString("ja-JP")}円` : `¥${amount.toLocaleString("en-US")}`;
}

/** "2026-10" → 2026年10月分 / October 2026. Anything else is shown as it is. */
export function formatPayPeriod(period: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (locale === "ja") return `${year}年${month}月分`;
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
}
