// Pure rules of the signed-in user's own changes: initial passwords, who may own
// additional accounts, what a limited session may reach, e-mail address shape.
import { describe, expect, it } from "vitest";
import { generateInitialPassword } from "@/lib/account/initial-password";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { EMPLOYEE_LOGIN_ID, limitedCapabilities, mayOwnAdditionalAccounts, modeAllows } from "@/lib/auth/policy";

describe("initial passwords", () => {
  it("are 12 readable characters in groups of four, pass the password rules, and differ each time", () => {
    const made = Array.from({ length: 50 }, () => generateInitialPassword("C001-00042"));
    for (const p of made) {
      expect(p).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
      expect(p).not.toMatch(/[01OIl]/);
      expect(checkNewPassword(p, "C001-00042")).toBeNull();
    }
    expect(new Set(made).size).toBe(50);
  });
});

describe("additional accounts policy", () => {
  it.each([
    [{ role: "EMPLOYEE", mainAccountId: null }, true],
    [{ role: "EMPLOYEE", mainAccountId: "main" }, false],
    [{ role: "SHAROUSHI", mainAccountId: null }, false],
  ] as const)("%j may own additional accounts: %s", (account, expected) => expect(mayOwnAdditionalAccounts(account)).toBe(expected));

  it("additional login IDs <main>-<n> are employee login IDs", () => {
    expect(EMPLOYEE_LOGIN_ID.test("C001-00042-1")).toBe(true);
    expect(EMPLOYEE_LOGIN_ID.test("C001-00042-999")).toBe(true);
    expect(EMPLOYEE_LOGIN_ID.test("C001-00042-1000")).toBe(false);
  });
});

describe("limited mode and the self-service pages", () => {
  it("reaches the two-factor reset, and nothing else new", () => {
    expect(modeAllows("LIMITED", "security.resetOwn")).toBe(true);
    expect(modeAllows("LIMITED", "accounts.additional")).toBe(false);
    expect(modeAllows("LIMITED", "security.manage")).toBe(false);
    expect(modeAllows("FULL", "accounts.additional")).toBe(true);
    // The limited home's apps stay exactly clock-in and payslip viewing.
    expect(limitedCapabilities().sort()).toEqual(["attendance.punch", "payslips.viewOwn"]);
  });
});
