// The address the office types for an employee: normalised as phones type it, then checked.
import { describe, expect, it } from "vitest";
import { parseEmployeeEmail, sameEmail } from "@/lib/office/email-address";

describe("parseEmployeeEmail", () => {
  it.each([
    ["taro@example.jp", "taro@example.jp"],
    ["  taro@example.jp ", "taro@example.jp"],
    ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp"],
    ["Taro.Yamada+hr@Example.co.jp", "Taro.Yamada+hr@Example.co.jp"],
  ])("accepts %j as %s", (input, out) => expect(parseEmployeeEmail(input)).toBe(out));

  it.each([[""], ["taro"], ["taro@"], ["@example.jp"], ["a@b"], ["taro yamada@example.jp"], ["<x>@example.jp"], [`${"x".repeat(250)}@example.jp`], [42], [null], [undefined]])(
    "refuses %j",
    (input) => expect(parseEmployeeEmail(input)).toBeNull(),
  );
});

describe("sameEmail", () => {
  it("ignores case only", () => {
    expect(sameEmail("Taro@Example.jp", "taro@example.jp")).toBe(true);
    expect(sameEmail("taro@example.jp", "taro2@example.jp")).toBe(false);
  });
});
