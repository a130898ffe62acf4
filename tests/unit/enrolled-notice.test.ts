// The flag that makes the landing page say "two-factor authentication is set up" (lib/auth/enrolled-notice.ts).
import { describe, expect, it } from "vitest";
import { showsEnrolledNotice, withEnrolledNotice } from "@/lib/auth/enrolled-notice";

describe("the enrolled notice's flag", () => {
  it("is added to the landing path, keeping its own query and fragment", () => {
    expect(withEnrolledNotice("/home")).toBe("/home?enrolled=1");
    expect(withEnrolledNotice("/settings")).toBe("/settings?enrolled=1");
    expect(withEnrolledNotice("/payslips?month=2026-11#top")).toBe("/payslips?month=2026-11&enrolled=1#top");
  });

  it("stays a path of this site", () => {
    expect(withEnrolledNotice("/")).toBe("/?enrolled=1");
    expect(withEnrolledNotice("/a/../b")).toBe("/b?enrolled=1");
  });

  it("is read only as exactly 1", () => {
    expect(showsEnrolledNotice({ enrolled: "1" })).toBe(true);
    expect(showsEnrolledNotice({})).toBe(false);
    expect(showsEnrolledNotice({ enrolled: "yes" })).toBe(false);
    expect(showsEnrolledNotice({ enrolled: ["1", "1"] })).toBe(false);
  });
});
