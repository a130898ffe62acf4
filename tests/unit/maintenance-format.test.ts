// Maintenance dates as users know them from public notices: Japanese era and weekday from
// Intl's Japanese calendar, Tokyo time whatever the machine's zone; English in Gregorian.
import { describe, expect, it } from "vitest";
import { formatEnglishDateTime, formatJapaneseDateTime, parseServiceDateTime, toServiceInput } from "@/lib/maintenance/format";

const jst = (s: string) => new Date(`${s}+09:00`);

describe("maintenance date formatting", () => {
  it("writes a year-end window as public notices do", () => {
    const range = `${formatJapaneseDateTime(jst("2024-12-27T19:00:00"))} ～ ${formatJapaneseDateTime(jst("2025-01-06T08:30:00"))}頃`;
    expect(range).toBe("令和6年12月27日(金) 19:00 ～ 令和7年1月6日(月) 8:30頃");
  });

  it("crosses the era boundary of 2019-05-01 in Tokyo time, with 元年 for the first year", () => {
    expect(formatJapaneseDateTime(jst("2019-04-30T23:59:00"))).toBe("平成31年4月30日(火) 23:59");
    expect(formatJapaneseDateTime(jst("2019-05-01T00:00:00"))).toBe("令和元年5月1日(水) 0:00");
    expect(formatJapaneseDateTime(jst("2020-01-01T09:05:00"))).toBe("令和2年1月1日(水) 9:05");
  });

  it("uses Tokyo's date, not UTC's, near midnight", () => {
    // 2024-12-31 15:30 UTC is already New Year's Day in Tokyo.
    expect(formatJapaneseDateTime(new Date("2024-12-31T15:30:00Z"))).toBe("令和7年1月1日(水) 0:30");
  });

  it("writes English pages in the Gregorian calendar", () => {
    const text = formatEnglishDateTime(jst("2024-12-27T19:00:00"));
    expect(text).toContain("2024");
    expect(text).toContain("Dec");
    expect(text).toContain("Fri");
    expect(text).toContain("19:00");
    expect(text).not.toContain("令和");
  });

  it("reads form and command-line values as Tokyo time and rejects impossible dates", () => {
    expect(parseServiceDateTime("2024-12-27T19:00")?.toISOString()).toBe("2024-12-27T10:00:00.000Z");
    expect(parseServiceDateTime("2024-12-27 19:00")?.toISOString()).toBe("2024-12-27T10:00:00.000Z");
    expect(parseServiceDateTime("2025-02-30T10:00")).toBeNull();
    expect(parseServiceDateTime("tomorrow")).toBeNull();
    expect(toServiceInput(new Date("2024-12-27T10:00:00Z"))).toBe("2024-12-27T19:00");
  });
});
