/**
 * The one date format of the pages and mails, per language, always in Japan time
 * whatever the server's zone:
 *   ja: 2026年11月30日 / 2026年11月30日 14:24
 *   en: 30 Nov 2026    / 30 Nov 2026, 14:24
 * and, above the 打刻 clock, the day with its weekday: 2026年11月30日(月) / Mon 30 Nov 2026.
 * Built from parts rather than a dateStyle, whose output differs between
 * styles (ja-JP "medium" is 2026/11/30) and between ICU versions.
 */
import type { Locale } from "./config";

const TZ = "Asia/Tokyo";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TZ,
});

const weekdayFormat = { ja: new Intl.DateTimeFormat("ja-JP", { weekday: "short", timeZone: TZ }), en: new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: TZ }) };

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function japanParts(date: Date) {
  const parts = partsFormat.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: Number(get("year")), month: Number(get("month")), day: Number(get("day")), time: `${get("hour")}:${get("minute")}` };
}

/** 2026年11月30日 / 30 Nov 2026. */
export function formatDate(date: Date, locale: Locale): string {
  const p = japanParts(date);
  return locale === "ja" ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`;
}

/** 2026年11月30日 14:24 / 30 Nov 2026, 14:24. */
export function formatDateTime(date: Date, locale: Locale): string {
  const time = japanParts(date).time;
  return locale === "ja" ? `${formatDate(date, locale)} ${time}` : `${formatDate(date, locale)}, ${time}`;
}

/** 2026年11月30日(月) / Mon 30 Nov 2026 — the day above the clock. */
export function formatDayWithWeekday(date: Date, locale: Locale): string {
  const weekday = weekdayFormat[locale].format(date);
  return locale === "ja" ? `${formatDate(date, locale)}(${weekday})` : `${weekday} ${formatDate(date, locale)}`;
}
