// Japan-time day boundaries and the apps' formats (yen, payslip periods).
import { describe, expect, it } from "vitest";
import { japanDayRange } from "@/lib/attendance/japan-day";
import { formatPayPeriod, formatYen } from "@/lib/i18n/format-apps";
import { payslipItemsSchema, payslipTotals } from "@/lib/payslips/items";

describe("japanDayRange", () => {
  it("starts at midnight Japan time (15:00 UTC the day before)", () => {
    const { start, end } = japanDayRange(new Date("2026-11-24T08:59:59Z")); // 17:59:59 JST
    expect(start.toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });

  it("moves to the next day at 00:00 JST, not at 00:00 UTC", () => {
    expect(japanDayRange(new Date("2026-11-24T14:59:59Z")).start.toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(japanDayRange(new Date("2026-11-24T15:00:00Z")).start.toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });

  it("handles the year's end", () => {
    expect(japanDayRange(new Date("2026-12-31T15:30:00Z")).start.toISOString()).toBe("2026-12-31T15:00:00.000Z");
  });
});

describe("formats", () => {
  it("yen", () => {
    expect(formatYen(282_000, "ja")).toBe("282,000円");
    expect(formatYen(282_000, "en")).toBe("¥282,000");
  });

  it("payslip periods", () => {
    expect(formatPayPeriod("2026-10", "ja")).toBe("2026年10月分");
    expect(formatPayPeriod("2026-10", "en")).toBe("October 2026");
    expect(formatPayPeriod("bonus", "ja")).toBe("bonus");
  });
});

describe("payslip items", () => {
  it("totals: net = gross − deductions", () => {
    const items = {
      earnings: [{ label: "基本給", amount: 250_000 }, { label: "通勤手当", amount: 10_000 }],
      deductions: [{ label: "所得税", amount: 5_000 }],
    };
    expect(payslipTotals(items)).toEqual({ grossPay: 260_000, deductions: 5_000, netPay: 255_000 });
  });

  it("rejects negative or fractional amounts and unknown codes", () => {
    expect(payslipItemsSchema.safeParse({ earnings: [{ label: "x", amount: -1 }], deductions: [] }).success).toBe(false);
    expect(payslipItemsSchema.safeParse({ earnings: [{ label: "x", amount: 1.5 }], deductions: [] }).success).toBe(false);
    expect(payslipItemsSchema.safeParse({ earnings: [{ code: "bogus", label: "x", amount: 1 }], deductions: [] }).success).toBe(false);
  });
});
