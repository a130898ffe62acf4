// The notice mail when a browser is remembered: both languages, the facts the
// user needs (which ID, which browser, when, until when, how to cancel), and
// the browser label escaped in the HTML part.
import { describe, expect, it } from "vitest";
import { browserRememberedMail } from "@/lib/mail/remembered-browser-mail";

const v = { loginId: "C001-00042", browser: "Chrome 156 / Android 14", at: new Date("2026-11-23T01:00:00Z"), expiresAt: new Date("2027-02-21T01:00:00Z") };

describe("browserRememberedMail", () => {
  it("says which ID, browser, when, until when, and how to cancel — in Japanese", () => {
    const m = browserRememberedMail("ja", v);
    expect(m.subject).toBe("【Tobira】ワンタイムパスワード入力の省略が設定されました");
    for (const part of [m.text, m.html]) {
      expect(part).toContain("C001-00042");
      expect(part).toContain("Chrome 156 / Android 14");
      expect(part).toContain("2026年11月23日 10:00"); // Japan time, one format with the pages (lib/i18n/format.ts)
      expect(part).toContain("2027年2月21日");
      expect(part).toContain("ワンタイムパスワード入力省略設定");
      expect(part).toContain("ワンタイムパスワードの入力を再開する");
    }
  });

  it("and in English", () => {
    const m = browserRememberedMail("en", v);
    expect(m.subject).toBe("[Tobira] A browser will skip the one-time password");
    expect(m.text).toContain("C001-00042");
    expect(m.text).toContain("Chrome 156 / Android 14");
    expect(m.text).toContain("21 Feb 2027");
    expect(m.text).toContain("Skip one-time password settings");
  });

  it("escapes what came from the user agent in the HTML part", () => {
    const m = browserRememberedMail("ja", { ...v, browser: "<img src=x onerror=alert(1)>" });
    expect(m.html).not.toContain("<img");
    expect(m.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
