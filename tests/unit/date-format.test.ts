// The one date format of every page (lib/i18n/format.ts): one shape per language,
// in Japan time whatever the server's zone, the time in 24 hours.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayWithWeekday } from "@/lib/i18n/format";

describe("formatDate / formatDateTime", () => {
  const at = new Date("2026-11-30T05:24:00Z"); // 14:24 JST

  it("Japanese: 2026年11月30日 and 2026年11月30日 14:24, never 2026/11/30", () => {
    expect(formatDate(at, "ja")).toBe("2026年11月30日");
    expect(formatDateTime(at, "ja")).toBe("2026年11月30日 14:24");
    expect(formatDateTime(at, "ja")).not.toContain("/");
  });

  it("English: 30 Nov 2026 and 30 Nov 2026, 14:24", () => {
    expect(formatDate(at, "en")).toBe("30 Nov 2026");
    expect(formatDateTime(at, "en")).toBe("30 Nov 2026, 14:24");
  });

  it("the date with a time starts with the date alone", () => {
    for (const locale of ["ja", "en"] as const) expect(formatDateTime(at, locale).startsWith(formatDate(at, locale))).toBe(true);
  });

  it("counts days and hours in Japan time: 15:00 UTC is the next day's midnight", () => {
    const midnight = new Date("2026-12-31T15:00:00Z");
    expect(formatDateTime(midnight, "ja")).toBe("2027年1月1日 00:00");
    expect(formatDateTime(midnight, "en")).toBe("1 Jan 2027, 00:00");
    expect(formatDate(new Date("2026-12-31T14:59:59Z"), "ja")).toBe("2026年12月31日");
  });

  it("single-digit months and days are not padded; minutes are", () => {
    const early = new Date("2026-01-04T23:05:00Z"); // 2026-01-05 08:05 JST
    expect(formatDateTime(early, "ja")).toBe("2026年1月5日 08:05");
    expect(formatDateTime(early, "en")).toBe("5 Jan 2026, 08:05");
  });

  it("the day above the clock adds the weekday to the same date", () => {
    expect(formatDayWithWeekday(at, "ja")).toBe("2026年11月30日(月)");
    expect(formatDayWithWeekday(at, "en")).toBe("Mon 30 Nov 2026");
  });
});
