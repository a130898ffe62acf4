// Open-redirect guard: only same-origin relative paths come back.
import { describe, expect, it } from "vitest";
import { safeRelativePath } from "@/lib/http/safe-path";

describe("safeRelativePath", () => {
  it.each([
    ["/", "/"],
    ["/notices", "/notices"],
    ["/faq#otp", "/faq#otp"],
    ["/payslips?month=2026-11&page=2", "/payslips?month=2026-11&page=2"],
    ["/notices/../faq", "/faq"],
    ["/お知らせ", "/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeRelativePath(input)).toBe(expected);
  });

  it.each([
    ["protocol-relative host", "//evil.com"],
    ["protocol-relative host with path", "//evil.com/login"],
    ["backslash host", "/\\evil.com"],
    ["backslash later in the path", "/a\\..\\\\evil.com"],
    ["absolute https URL", "https://x"],
    ["absolute http URL", "http://evil.com/"],
    ["javascript: URL", "javascript:alert(1)"],
    ["data: URL", "data:text/html,<script>alert(1)</script>"],
    ["dot segment before a double slash", "/.//evil.com"],
    ["parent segment before a double slash", "/a/..//evil.com"],
    ["encoded dot segment before a double slash", "/%2e//evil.com"],
    ["relative path without slash", "notices"],
    ["tab inside the host", "/\t/evil.com"],
    ["newline", "/notices\n/evil"],
    ["carriage return", "/\r/evil.com"],
    ["NUL byte", "/a\u0000b"],
    ["DEL", "/a\u007fb"],
    ["empty", ""],
    ["too long", "/" + "a".repeat(2048)],
  ])("rejects %s", (_label, input) => {
    expect(safeRelativePath(input)).toBeNull();
  });

  it("rejects null and undefined", () => {
    expect(safeRelativePath(null)).toBeNull();
    expect(safeRelativePath(undefined)).toBeNull();
  });

  it("never returns something that leaves the origin", () => {
    const tricky = ["/%2F%2Fevil.com", "/%5Cevil.com", "/.//evil.com", "/././/evil.com", "/a/b/../..//evil.com", "/;//evil.com", "/ /evil.com", "/%2e%2e//evil.com"];
    for (const input of tricky) {
      const out = safeRelativePath(input);
      if (out === null) continue;
      expect(out.startsWith("/")).toBe(true);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, "https://tobira.example").origin).toBe("https://tobira.example");
    }
  });
});
