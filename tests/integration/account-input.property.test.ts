// The data layer behind the account, office and app forms driven with arbitrary
// input on a real database (fast-check): password change, e-mail change,
// two-factor reset, additional accounts, the office's employee actions, 打刻 and
// 明細閲覧. Every bad input gets the function's typed refusal — never a throw
// (a 500) — and leaves the rows it guards as they were.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAdditionalAccount, disableAdditionalAccount, renameAdditionalAccount } from "@/lib/account/additional-accounts";
import { confirmEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { changeOwnPassword } from "@/lib/account/own-password";
import { resetOwnSecondFactor } from "@/lib/account/two-factor-reset";
import { punch } from "@/lib/attendance/punches";
import { resetFailures } from "@/lib/auth/throttle";
import { changeEmployeeEmail, resetEmployeeSecondFactor, unlockEmployee } from "@/lib/office/account-changes";
import { getEmployeeDetail, listEmployees } from "@/lib/office/employees";
import { getOwnPayslip } from "@/lib/payslips/queries";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { arbitraryInput, arbitraryText } from "../support/arbitrary-input";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

const RUNS = { numRuns: 30 };
const storable = (s: string) => !/\p{Cc}/u.test(s);

describe(`account, office and app forms with arbitrary input (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const accountRow = (id: string) => db().client.account.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, email: true, displayName: true, disabled: true, secondFactor: true } });
  const unlock = (id: string) => resetFailures(id, ["password:known", "password:other", "second_factor"]);

  it("パスワード変更: arbitrary fields are refused by name, the password stays", async () => {
    const { account } = await createTestAccount(db().client);
    const session = await sessionFor(db().client, account.id, "FULL");
    const errors = ["mismatch", "wrong_password", "locked", "same_as_current", "too_short", "too_long", "common", "same_as_login_id"];
    await fc.assert(
      fc.asyncProperty(arbitraryInput, arbitraryInput, fc.boolean(), async (current, next, confirmSame) => {
        fc.pre(current !== TEST_PASSWORD);
        await unlock(account.id);
        const before = await accountRow(account.id);
        const result = await changeOwnPassword(session, { currentPassword: current, newPassword: next, confirmPassword: confirmSame ? next : `${next}x` }, testRequest, new Date());
        expect(result.ok).toBe(false);
        if (!result.ok) expect(errors).toContain(result.error);
        expect(await accountRow(account.id)).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });

  it("メールアドレス変更: any new address is refused or stored printable; any code changes nothing", async () => {
    const errors = ["invalid_email", "same_as_current", "wrong_password", "locked", "cooldown", "mail_failed"];
    const address = fc.oneof(arbitraryText, fc.tuple(arbitraryText, arbitraryText, arbitraryText).map(([a, b, c]) => `${a}@${b}.${c}`));
    await fc.assert(
      fc.asyncProperty(address, arbitraryText, async (newEmail, code) => {
        // A fresh account each run: a stored request starts a one-minute cool-down.
        const { account } = await createTestAccount(db().client);
        const session = await sessionFor(db().client, account.id, "FULL");
        const before = await accountRow(account.id);
        const result = await requestEmailChange(session, { password: TEST_PASSWORD, newEmail }, testRequest, new Date());
        const requests = await db().client.mailedCode.findMany({ where: { accountId: account.id, purpose: "EMAIL_CHANGE", codeHash: { not: null } } });
        if (result.ok) {
          expect(requests).toHaveLength(1);
          expect(storable(requests[0]!.newEmail ?? "")).toBe(true);
        } else {
          expect(errors).toContain(result.error);
          expect(requests).toHaveLength(0);
        }
        const confirmed = await confirmEmailChange(session, code, testRequest, new Date());
        expect(confirmed.ok).toBe(false);
        expect(await accountRow(account.id)).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });

  it("2要素認証初期化 from a limited session: any password and code are refused, the factor stays", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const limited = await sessionFor(db().client, account.id, "LIMITED");
    const errors = ["wrong_password", "locked", "code_required", "wrong_code", "code_expired", "no_code"];
    await fc.assert(
      fc.asyncProperty(fc.oneof(arbitraryText, fc.constant(TEST_PASSWORD)), arbitraryInput, async (password, code) => {
        await unlock(account.id);
        const result = await resetOwnSecondFactor(limited, { password, code }, testRequest, new Date());
        expect(result.ok).toBe(false);
        if (!result.ok) expect(errors).toContain(result.error);
        expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
      }),
      RUNS,
    );
  });

  it("追加アカウント: any name and address create a valid account or nothing; any ID from the form touches nothing", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true });
    const other = await createEmployee(db().client, company);
    await fc.assert(
      fc.asyncProperty(arbitraryInput, fc.oneof(arbitraryText, fc.constant("new@example.jp")), arbitraryText, async (displayName, email, id) => {
        const owner = await createEmployee(db().client, company);
        const session = await sessionFor(db().client, owner.id, "FULL");
        const before = await db().client.account.count();
        // Built apart from the call, so a password field the form may add later passes through.
        const input = { displayName, email, password: TEST_PASSWORD };
        const created = await createAdditionalAccount(session, input, testRequest, new Date());
        if (created.ok) {
          const row = await db().client.account.findUniqueOrThrow({ where: { id: created.id } });
          expect(row.mainAccountId).toBe(owner.id);
          expect(storable(row.displayName) && storable(row.email)).toBe(true);
        } else {
          expect(["invalid_name", "invalid_email", "limit_reached", "id_unavailable", "wrong_password", "locked"]).toContain(created.error);
          expect(await db().client.account.count()).toBe(before);
        }
        const otherBefore = await accountRow(other.id);
        const renamed = await renameAdditionalAccount(session, id, displayName, testRequest);
        expect(renamed.ok ? "ok" : renamed.error).toMatch(/^(not_found|invalid_name)$/);
        expect(await disableAdditionalAccount(session, id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
        expect(await accountRow(other.id)).toEqual(otherBefore);
      }),
      { numRuns: 20 },
    );
  });

  it("従業員アカウント管理: any employee ID, search or address is refused or leaves other rows alone", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true });
    const sharoushi = await createSharoushi(db().client, office.id);
    const session = await sessionFor(db().client, sharoushi.id, "FULL");
    const employee = await createEmployee(db().client, company);
    const errors = ["forbidden", "not_found", "not_locked", "invalid_email", "same_email", "conflict"];
    await fc.assert(
      fc.asyncProperty(arbitraryText, arbitraryInput, async (id, email) => {
        const before = await accountRow(employee.id);
        for (const result of [
          await resetEmployeeSecondFactor(session, id, testRequest, new Date()),
          await unlockEmployee(session, id, testRequest, new Date()),
          await changeEmployeeEmail(session, id, email, testRequest, new Date()),
        ]) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(errors).toContain(result.error);
        }
        expect(await getEmployeeDetail(session, id, new Date())).toBeNull();
        await listEmployees(session, { q: id, companyId: id }, new Date());
        // The real employee with any address: refused, or stored printable.
        const changed = await changeEmployeeEmail(session, employee.id, email, testRequest, new Date());
        const after = await accountRow(employee.id);
        if (changed.ok) expect(storable(after.email)).toBe(true);
        else expect({ ...after }).toEqual(before);
        expect({ ...after, email: before.email }).toEqual(before);
      }),
      RUNS,
    );
  });

  it("打刻 and 明細閲覧: any idempotency key or payslip ID is refused or read, never a database error", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true, PAYSLIPS: true });
    const employee = await createEmployee(db().client, company);
    const session = await sessionFor(db().client, employee.id, "LIMITED");
    await fc.assert(
      fc.asyncProperty(arbitraryText, fc.constantFrom("IN", "OUT"), async (key, kind) => {
        expect(await getOwnPayslip(session, key)).toBeNull();
        const count = await db().client.punch.count({ where: { accountId: employee.id } });
        const stored = await punch(session, kind as "IN" | "OUT", key, new Date()).catch((err: Error) => err);
        if (stored instanceof Error) {
          expect(stored.message).toBe("invalid idempotency key");
          expect(await db().client.punch.count({ where: { accountId: employee.id } })).toBe(count);
        } else {
          expect(storable(key)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
