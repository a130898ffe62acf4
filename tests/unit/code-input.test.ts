import { describe, expect, it } from "vitest";
import { normaliseCode, normaliseRecoveryCode } from "@/lib/auth/code-input";

describe("normaliseCode", () => {
  it.each([
    ["123456", "123456"],
    ["１２３４５６", "123456"],
    ["123 456", "123456"],
    ["123-456", "123456"],
    ["１２３ー４５６", "123456"],
    [" 12 34 56 ", "123456"],
    ["123　456", "123456"],
  ])("%j → %s", (input, out) => expect(normaliseCode(input)).toBe(out));
  it("ignores non-strings and caps the length", () => {
    expect(normaliseCode(null)).toBe("");
    expect(normaliseCode("9".repeat(500)).length).toBe(64);
  });
});

describe("normaliseRecoveryCode", () => {
  it("accepts lower case, full width and the hyphen", () => {
    expect(normaliseRecoveryCode("abcde-fghjk")).toBe("ABCDEFGHJK");
    expect(normaliseRecoveryCode("ＡＢＣＤＥ－ＦＧＨＪＫ")).toBe("ABCDEFGHJK");
  });
});
