// The office console (issue 11 §1): client companies, employees by form and CSV,
// invitations, disabling. Every action is tried with another office's IDs and
// fails like an unknown ID; a disabled company's employees cannot sign in and
// their sessions end at the next request.
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/account/invitation";
import { redeemGrant } from "@/lib/auth/gate";
import { validateSession } from "@/lib/auth/session-store";
import { chooseStep, passwordStep } from "@/lib/auth/sign-in";
import { OfficeAccessError } from "@/lib/office/access";
import { createCompany as addCompany, getCompany, listCompanies, setCompanyDisabled, updateCompany } from "@/lib/office/companies";
import { createEmployee as addEmployee, inviteEmployee, setEmployeeDisabled } from "@/lib/office/employee-admin";
import { importEmployees } from "@/lib/office/import/apply";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

const HEADER = "社員番号,氏名,フリガナ,メールアドレス,人事担当";
const utf8 = (s: string) => new TextEncoder().encode(s);
const contact = { contactName: null, contactEmail: null, contactPhone: null };
let codeNo = 0;
const newCode = () => `K${Date.now().toString(36).toUpperCase().slice(-5)}${(codeNo++).toString(36).toUpperCase()}`.slice(0, 10);

describe(`office console: companies, employees, invitations (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ourOffice: string;
  let theirCompany: { id: string; code: string };

  beforeAll(async () => {
    ourOffice = (await createOffice(db().client)).id;
    const other = await createOffice(db().client);
    theirCompany = await createCompany(db().client, other.id, { ATTENDANCE: true });
  });

  const actor = async (mode: "FULL" | "LIMITED" = "FULL") => sessionFor(db().client, (await createSharoushi(db().client, ourOffice)).id, mode);
  const ourCompany = async () => {
    const s = await actor();
    const r = await addCompany(s, { code: newCode(), name: "テスト顧問先", ...contact }, testRequest);
    if (!r.ok) throw new Error(r.error);
    return db().client.company.findUniqueOrThrow({ where: { id: r.id } });
  };
  const lastCode = async (to: string) => {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
    return /\b(\d{6})\b/.exec(mail.text)![1]!;
  };

  describe("companies", () => {
    it("creates, lists, edits; the code is unique, upper-cased, and fixed once the company has accounts", async () => {
      const s = await actor();
      const code = newCode();
      const made = await addCompany(s, { code, name: "株式会社テスト", contactName: "山田", contactEmail: "y@example.jp", contactPhone: "03-1234-5678" }, testRequest);
      expect(made.ok).toBe(true);
      if (!made.ok) return;
      expect(await addCompany(s, { code, name: "二重", ...contact }, testRequest)).toEqual({ ok: false, error: "code_taken" });
      expect((await listCompanies(s)).map((c) => c.id)).toContain(made.id);
      expect((await listCompanies(s)).map((c) => c.id)).not.toContain(theirCompany.id);
      const renamed = newCode();
      expect(await updateCompany(s, made.id, { code: renamed, name: "株式会社テスト2", ...contact }, testRequest)).toEqual({ ok: true, id: made.id });
      await createEmployee(db().client, { id: made.id, code: renamed });
      expect(await updateCompany(s, made.id, { code: newCode(), name: "x", ...contact }, testRequest)).toEqual({ ok: false, error: "code_locked" });
      expect(await updateCompany(s, made.id, { code: renamed, name: "株式会社テスト3", ...contact }, testRequest)).toEqual({ ok: true, id: made.id });
      expect((await getCompany(s, made.id))?.name).toBe("株式会社テスト3");
      const audits = await db().client.auditEvent.findMany({ where: { accountId: s.accountId }, orderBy: { at: "asc" } });
      expect(audits.map((a) => a.type)).toEqual(["company.created", "company.updated", "company.updated"]);
    });

    it("another office's company reads as unknown for every action, and is logged", async () => {
      const s = await actor();
      const id = theirCompany.id;
      expect(await getCompany(s, id)).toBeNull();
      expect(await updateCompany(s, id, { code: newCode(), name: "x", ...contact }, testRequest)).toEqual({ ok: false, error: "not_found" });
      expect(await setCompanyDisabled(s, id, true, testRequest)).toEqual({ ok: false, error: "not_found" });
      expect(await setCompanyDisabled(s, id, false, testRequest)).toEqual({ ok: false, error: "not_found" });
      expect(await addEmployee(s, id, { employeeNumber: "001", name: "x", furigana: null, email: "x@example.jp", isHrStaff: false }, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect(await importEmployees(s, id, utf8(`001,x,,x@example.jp,0`), testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect((await db().client.company.findUniqueOrThrow({ where: { id } })).disabled).toBe(false);
      expect(await db().client.account.count({ where: { companyId: id } })).toBe(0);
      expect(await db().client.auditEvent.count({ where: { accountId: s.accountId, type: "office.refused" } })).toBe(5);
    });

    it("refuses a limited session and an employee with OfficeAccessError", async () => {
      const limited = await actor("LIMITED");
      await expect(listCompanies(limited)).rejects.toBeInstanceOf(OfficeAccessError);
      const company = await ourCompany();
      const employee = await createEmployee(db().client, company);
      const asEmployee = await sessionFor(db().client, employee.id, "FULL");
      await expect(addCompany(asEmployee, { code: newCode(), name: "x", ...contact }, testRequest)).rejects.toBeInstanceOf(OfficeAccessError);
      await expect(setEmployeeDisabled(asEmployee, employee.id, true, testRequest, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
    });

    it("a disabled company's employees cannot sign in, and their live sessions end at the next request; re-enabling lets them in", async () => {
      const s = await actor();
      const company = await ourCompany();
      const { account } = await createTestAccount(db().client);
      await db().client.account.update({ where: { id: account.id }, data: { companyId: company.id } });
      const live = await sessionFor(db().client, account.id, "LIMITED");
      // A sign-in already past its password when the company is disabled.
      const midway = new TestBrowser("198.51.100.201");
      expect(await midway.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }))).toEqual({ ok: true, next: "/login/choose" });

      expect(await setCompanyDisabled(s, company.id, true, testRequest)).toEqual({ ok: true, id: company.id });
      expect(await validateSession(live.sid, new Date())).toBeNull();
      const fresh = new TestBrowser("198.51.100.202");
      expect((await fresh.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }))).ok).toBe(false);
      expect(await midway.request(() => chooseStep("limited"))).toEqual({ ok: false, error: "flow_expired" });
      expect(await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ disabled: false });

      await setCompanyDisabled(s, company.id, false, testRequest);
      const again = new TestBrowser("198.51.100.203");
      await again.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      const done = await again.request(() => chooseStep("limited"));
      if (!done.ok || !("grant" in done)) throw new Error(JSON.stringify(done));
      expect(await redeemGrant(done.grant, testRequest, new Date())).not.toBeNull();
    });
  });

  describe("employees and invitations", () => {
    it("a form-made employee is invited; the code sets the first password once; nothing in clear is stored or mailed", async () => {
      const s = await actor();
      const company = await ourCompany();
      const now = new Date();
      const made = await addEmployee(s, company.id, { employeeNumber: "0042", name: "山田 花子", furigana: "ヤマダ ハナコ", email: "hanako@example.jp", isHrStaff: true }, testRequest, now);
      expect(made).toMatchObject({ ok: true, invitation: { ok: true } });
      expect(await addEmployee(s, company.id, { employeeNumber: "0042", name: "x", furigana: null, email: "x@example.jp", isHrStaff: false }, testRequest, now)).toEqual({ ok: false, error: "number_taken" });
      const loginId = `${company.code}-0042`;
      const mail = await db().client.devMail.findFirstOrThrow({ where: { to: "hanako@example.jp" } });
      expect(mail.text).toContain(loginId);
      expect(mail.text).toContain(`/invite?id=${loginId}`);
      const code = await lastCode("hanako@example.jp");
      const password = "a fresh spring garden 42";
      expect(await acceptInvitation({ loginId, code: "000000" === code ? "111111" : "000000", password }, testRequest, now)).toEqual({ ok: false, error: "invalid" });
      expect(await acceptInvitation({ loginId, code, password: "short" }, testRequest, now)).toEqual({ ok: false, error: "password", problem: "too_short" });
      expect(await acceptInvitation({ loginId, code, password }, testRequest, now)).toEqual({ ok: true, loginId });
      expect(await acceptInvitation({ loginId, code, password }, testRequest, now)).toEqual({ ok: false, error: "invalid" });
      const row = await db().client.account.findUniqueOrThrow({ where: { loginId } });
      expect(row.awaitingInvitation).toBe(false);
      expect(row.passwordHash).not.toContain(password);
      expect(JSON.stringify(await db().client.devMail.findMany({ where: { to: "hanako@example.jp" } }))).not.toContain(password);
      const b = new TestBrowser("198.51.100.210");
      expect(await b.request(() => passwordStep({ loginId, password }))).toEqual({ ok: true, next: "/login/choose" });
      expect(await inviteEmployee(s, row.id, testRequest, now)).toEqual({ ok: false, error: "not_awaiting" });
    });

    it("an unused invitation expires (INVITATION_TTL_HOURS), and a new one can be sent after the cool-down", async () => {
      const s = await actor();
      const company = await ourCompany();
      const now = new Date();
      const made = await addEmployee(s, company.id, { employeeNumber: "0777", name: "期限 切れ", furigana: null, email: "late@example.jp", isHrStaff: false }, testRequest, now);
      if (!made.ok) throw new Error(made.error);
      const code = await lastCode("late@example.jp");
      const later = new Date(now.getTime() + 73 * 3_600_000);
      const loginId = `${company.code}-0777`;
      expect(await acceptInvitation({ loginId, code, password: "a fresh spring garden 42" }, testRequest, later)).toEqual({ ok: false, error: "expired" });
      expect(await inviteEmployee(s, made.id, testRequest, new Date(now.getTime() + 10_000))).toEqual({ ok: false, error: "cooldown" });
      expect((await inviteEmployee(s, made.id, testRequest, later)).ok).toBe(true);
      expect(await acceptInvitation({ loginId, code: await lastCode("late@example.jp"), password: "a fresh spring garden 42" }, testRequest, later)).toEqual({ ok: true, loginId });
    });

    it("disable / re-enable an employee and an additional account; another office's employee reads as unknown", async () => {
      const s = await actor();
      const company = await ourCompany();
      const main = await createEmployee(db().client, company);
      const extra = await createEmployee(db().client, company, { mainAccountId: main.id });
      const live = await sessionFor(db().client, extra.id, "LIMITED");
      for (const id of [main.id, extra.id]) expect(await setEmployeeDisabled(s, id, true, testRequest, new Date())).toEqual({ ok: true });
      expect(await validateSession(live.sid, new Date())).toBeNull();
      expect(await setEmployeeDisabled(s, extra.id, false, testRequest, new Date())).toEqual({ ok: true });
      // Re-enabled, but the session it had stays ended.
      expect(await validateSession(live.sid, new Date())).toBeNull();
      expect((await db().client.account.findUniqueOrThrow({ where: { id: extra.id } })).disabled).toBe(false);

      const foreign = await createEmployee(db().client, theirCompany);
      expect(await setEmployeeDisabled(s, foreign.id, true, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect(await setEmployeeDisabled(s, foreign.id, false, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect(await inviteEmployee(s, foreign.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: foreign.id } })).disabled).toBe(false);
      const types = (await db().client.auditEvent.findMany({ where: { accountId: { in: [main.id, extra.id] } } })).map((a) => a.type).sort();
      expect(types).toEqual(["account.disabled", "account.disabled", "account.enabled"]);
    });
  });

  describe("CSV import", () => {
    const file = (lines: string[]) => [HEADER, ...lines].join("\r\n") + "\r\n";

    it("imports UTF-8, UTF-8 with BOM and Shift_JIS alike; the same file twice changes nothing; a changed line updates", async () => {
      const s = await actor();
      const now = new Date();
      const lines = ["001,髙橋 一郎,タカハシ イチロウ,ichiro@example.jp,はい", "002,佐藤 花子,サトウ ハナコ,hanako.s@example.jp,いいえ"];
      for (const [encoding, bytes] of [
        ["utf-8", utf8(file(lines))],
        ["utf-8-bom", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file(lines))])],
        ["cp932", new Uint8Array(iconv.encode(file(lines), "cp932"))],
      ] as const) {
        const company = await ourCompany();
        expect(await importEmployees(s, company.id, bytes, testRequest, now)).toEqual({ ok: true, encoding, created: 2, updated: 0, unchanged: 0 });
        const rows = await db().client.account.findMany({ where: { companyId: company.id }, orderBy: { loginId: "asc" } });
        expect(rows.map((r) => [r.loginId, r.displayName, r.furigana, r.email, r.isHrStaff, r.awaitingInvitation])).toEqual([
          [`${company.code}-001`, "髙橋 一郎", "タカハシ イチロウ", "ichiro@example.jp", true, true],
          [`${company.code}-002`, "佐藤 花子", "サトウ ハナコ", "hanako.s@example.jp", false, true],
        ]);
        const before = rows.map((r) => r.updatedAt.getTime());
        expect(await importEmployees(s, company.id, bytes, testRequest, now)).toEqual({ ok: true, encoding, created: 0, updated: 0, unchanged: 2 });
        expect((await db().client.account.findMany({ where: { companyId: company.id }, orderBy: { loginId: "asc" } })).map((r) => r.updatedAt.getTime())).toEqual(before);
      }
    });

    it("a changed line updates that employee; a new address ends its sessions", async () => {
      const s = await actor();
      const company = await ourCompany();
      await importEmployees(s, company.id, utf8(file(["001,山田 太郎,ヤマダ タロウ,taro@example.jp,0", "002,鈴木 次郎,,jiro@example.jp,0"])), testRequest, new Date());
      const taro = await db().client.account.findUniqueOrThrow({ where: { loginId: `${company.code}-001` } });
      const live = await sessionFor(db().client, taro.id, "LIMITED");
      const r = await importEmployees(s, company.id, utf8(file(["001,山田 太郎,ヤマダ タロウ,taro.new@example.jp,1", "002,鈴木 次郎,,jiro@example.jp,0", "003,新人 三郎,シンジン サブロウ,saburo@example.jp,0"])), testRequest, new Date());
      expect(r).toEqual({ ok: true, encoding: "utf-8", created: 1, updated: 1, unchanged: 1 });
      expect(await db().client.account.findUniqueOrThrow({ where: { id: taro.id } })).toMatchObject({ email: "taro.new@example.jp", isHrStaff: true });
      expect(await validateSession(live.sid, new Date())).toBeNull();
      const audit = await db().client.auditEvent.findFirstOrThrow({ where: { accountId: s.accountId, type: "employees.imported" }, orderBy: { at: "desc" } });
      expect(audit.detail).toMatchObject({ companyId: company.id, created: 1, updated: 1, unchanged: 1 });
    });

    it("a file with any bad line imports nothing and names every bad line, column and reason", async () => {
      const s = await actor();
      const company = await ourCompany();
      const bad = file(["001,良い 行,ヨイ ギョウ,good@example.jp,0", "2,短い 番号,,short@example.jp,0", "003,,,not-mail,たぶん", "001,重複,,dup@example.jp,0", "004,列,足りない"]);
      const r = await importEmployees(s, company.id, new Uint8Array(iconv.encode(bad, "cp932")), testRequest, new Date());
      expect(r).toEqual({
        ok: false, error: "lines", encoding: "cp932",
        lines: [
          { line: 3, column: "employeeNumber", problem: "format" },
          { line: 4, column: "name", problem: "required" },
          { line: 4, column: "email", problem: "format" },
          { line: 4, column: "hrStaff", problem: "format" },
          { line: 5, column: "employeeNumber", problem: "duplicate" },
          { line: 6, column: null, problem: "columns" },
        ],
      });
      expect(await db().client.account.count({ where: { companyId: company.id } })).toBe(0);
    });

    it("is atomic: a write that fails half-way leaves nothing behind", async () => {
      const s = await actor();
      const company = await ourCompany();
      // A login ID taken outside this company (planted directly) makes the one INSERT fail.
      await db().client.account.create({ data: { loginId: `${company.code}-002`, role: "EMPLOYEE", displayName: "x", email: "x@example.jp", passwordHash: "x" } });
      await expect(importEmployees(s, company.id, utf8(file(["001,一,,one@example.jp,0", "002,二,,two@example.jp,0"])), testRequest, new Date())).rejects.toThrow();
      expect(await db().client.account.count({ where: { companyId: company.id } })).toBe(0);
    });

    it("refuses an empty file and a disabled company", async () => {
      const s = await actor();
      const company = await ourCompany();
      expect(await importEmployees(s, company.id, utf8(`${HEADER}\r\n`), testRequest, new Date())).toEqual({ ok: false, error: "empty" });
      await setCompanyDisabled(s, company.id, true, testRequest);
      expect(await importEmployees(s, company.id, utf8(file(["001,一,,one@example.jp,0"])), testRequest, new Date())).toEqual({ ok: false, error: "company_disabled" });
    });
  });
});
