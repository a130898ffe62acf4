/**
 * Dates of a maintenance window as users know them from the notices of public
 * services (e.g. a year-end stop notice): 令和6年12月27日(金) 19:00 in
 * Japanese — era, year and weekday from Intl's Japanese calendar, so a new era
 * needs no code — and a Gregorian date in English. Always Tokyo time: the
 * service runs in Japan whatever the server's or the browser's zone.
 */
import type { Locale } from "@/lib/i18n/config";

export const SERVICE_TIME_ZONE = "Asia/Tokyo";

const JA = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  timeZone: SERVICE_TIME_ZONE,
  era: "long",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

const EN = new Intl.DateTimeFormat("en-GB", {
  timeZone: SERVICE_TIME_ZONE,
  weekday: "short",
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 令和6年12月27日(金) 19:00 — the first year of an era is 元年, as it is written. */
export function formatJapaneseDateTime(at: Date): string {
  const parts = JA.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const year = get("year") === "1" ? "元" : get("year");
  const hour = String(Number(get("hour")));
  return `${get("era")}${year}年${get("month")}月${get("day")}日(${get("weekday")}) ${hour}:${get("minute")}`;
}

/** Fri 27 Dec 2024, 19:00 (Tokyo time). */
export function formatEnglishDateTime(at: Date): string {
  return EN.format(at);
}

export function formatServiceDateTime(at: Date, locale: Locale): string {
  return locale === "ja" ? formatJapaneseDateTime(at) : formatEnglishDateTime(at);
}

/**
 * "YYYY-MM-DDTHH:mm" (an <input type="datetime-local"> value, or the CLI's
 * argument) read as Tokyo time; null when it is not such a value. Japan has no
 * daylight saving, so the offset is always +09:00.
 */
export function parseServiceDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+09:00`);
  if (Number.isNaN(at.getTime())) return null;
  // Reject 2025-02-30 and the like, which Date would roll over.
  return toServiceInput(at) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? at : null;
}

/** The other way: a Date as the "YYYY-MM-DDTHH:mm" value of a form field, in Tokyo time. */
export function toServiceInput(at: Date): string {
  const tokyo = new Date(at.getTime() + 9 * 3600_000);
  return tokyo.toISOString().slice(0, 16);
}
