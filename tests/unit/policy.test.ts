// The policy tables: who sees the chooser, which factors, what each mode allows,
// how long a bucket locks after n failures.
import { describe, expect, it } from "vitest";
import {
  allowedFactors, auditableLoginId, limitedCapabilities, lockDurationMs, mayManageEmployees, mayUseMode, maySkipSecondFactor, modeAllows,
  normaliseLoginId, roleOfLoginId, sessionMayManageEmployees, showsChooser, type Capability,
} from "@/lib/auth/policy";

describe("roles and login IDs", () => {
  it.each([
    ["A0000001", "SHAROUSHI"],
    ["C001-00042", "EMPLOYEE"],
    ["C001-00042-2", "EMPLOYEE"],
  ] as const)("%s is %s", (id, role) => expect(roleOfLoginId(id)).toBe(role));

  it.each([
    ["ａ００００００１", "A0000001"],
    [" c001-00042 ", "C001-00042"],
    ["C001ー00042", "C001-00042"],
    ["C001－00042", "C001-00042"],
  ])("normalises %j to %s", (input, out) => expect(normaliseLoginId(input)).toBe(out));

  it("ignores non-strings", () => expect(normaliseLoginId(undefined)).toBe(""));

  it.each([
    ["A0000001", "A0000001"],
    ["C001-00042-2", "C001-00042-2"],
    [normaliseLoginId("correct horse battery"), null], // a password typed into the ID field
    [normaliseLoginId("Tobira-Demo-2026"), null],
    ["", null],
  ])("the audit log may keep %j as %j", (typed, kept) => expect(auditableLoginId(typed)).toBe(kept));
});

describe("per-role policy", () => {
  it("sharoushi: no chooser, TOTP only, never limited, never skip", () => {
    expect(showsChooser("SHAROUSHI")).toBe(false);
    expect(allowedFactors("SHAROUSHI")).toEqual(["TOTP"]);
    expect(mayUseMode("SHAROUSHI", "LIMITED")).toBe(false);
    expect(mayUseMode("SHAROUSHI", "FULL")).toBe(true);
    expect(maySkipSecondFactor("SHAROUSHI")).toBe(false);
  });

  it("employee: chooser, TOTP or e-mail, limited allowed, skip allowed", () => {
    expect(showsChooser("EMPLOYEE")).toBe(true);
    expect(allowedFactors("EMPLOYEE")).toEqual(["TOTP", "EMAIL"]);
    expect(mayUseMode("EMPLOYEE", "LIMITED")).toBe(true);
    expect(maySkipSecondFactor("EMPLOYEE")).toBe(true);
  });
});

describe("modes", () => {
  const all: Capability[] = ["attendance.punch", "payslips.viewOwn", "settings", "security.manage"];
  it("limited mode allows exactly clock-in and payslip viewing", () => {
    expect(limitedCapabilities().sort()).toEqual(["attendance.punch", "payslips.viewOwn"]);
    expect(all.filter((c) => modeAllows("LIMITED", c)).sort()).toEqual(["attendance.punch", "payslips.viewOwn"]);
  });
  it("full mode allows everything", () => {
    expect(all.every((c) => modeAllows("FULL", c))).toBe(true);
  });
});

describe("従業員アカウント管理 (office.employees): role and mode", () => {
  it.each([
    ["SHAROUSHI", "FULL", true],
    ["SHAROUSHI", "LIMITED", false],
    ["EMPLOYEE", "FULL", false],
    ["EMPLOYEE", "LIMITED", false],
  ] as const)("%s in %s mode: %s", (role, mode, allowed) => {
    expect(sessionMayManageEmployees({ role, mode })).toBe(allowed);
  });
  it("the role half alone", () => {
    expect(mayManageEmployees("SHAROUSHI")).toBe(true);
    expect(mayManageEmployees("EMPLOYEE")).toBe(false);
    expect(modeAllows("LIMITED", "office.employees")).toBe(false);
  });
});

describe("lockDurationMs", () => {
  it.each([
    [1, 0], [4, 0], [5, 30_000], [6, 60_000], [7, 120_000], [9, 480_000], [10, 900_000], [50, 900_000], [99, 900_000],
  ])("after %i failures: %i ms", (n, ms) => {
    for (const bucket of ["password:known", "password:other", "second_factor"] as const) expect(lockDurationMs(n, bucket)).toBe(ms);
  });
  it("locks the second factor until unlocked from the 100th consecutive failure", () => {
    expect(lockDurationMs(100, "second_factor")).toBe(Number.POSITIVE_INFINITY);
  });
  it("never locks a password bucket longer than the capped delay, however many failures", () => {
    for (const n of [100, 200, 1_000, 1_000_000]) {
      expect(lockDurationMs(n, "password:other")).toBe(15 * 60_000);
      expect(lockDurationMs(n, "password:known")).toBe(15 * 60_000);
    }
  });
});
