// 明細閲覧: each employee sees only their own payslips; another account's id reads
// as "not found"; a company without PAYSLIPS in use is refused. Also: the demo
// seed's payslips add up and are upserted idempotently.
import { beforeAll, describe, expect, it } from "vitest";
import { AppAccessError } from "@/lib/licences/queries";
import { payslipTotals, type PayslipItems } from "@/lib/payslips/items";
import { getOwnPayslip, listOwnPayslips } from "@/lib/payslips/queries";
import { demoAccounts, demoPayslipPeriods, demoPayslips } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

const items: PayslipItems = {
  earnings: [{ code: "basePay", label: "基本給", amount: 200_000 }],
  deductions: [{ code: "incomeTax", label: "所得税", amount: 4_000 }],
};

describe(`payslips (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await seedDemoData(db().client);
  });

  async function demoSession(loginId: string, mode: "LIMITED" | "FULL" = "LIMITED") {
    const account = await db().client.account.findUniqueOrThrow({ where: { loginId } });
    return sessionFor(db().client, account.id, mode);
  }

  it("the seed gives every demo employee three months of payslips that add up, once however often it runs", async () => {
    const employees = demoAccounts.filter((a) => a.role === "EMPLOYEE");
    expect(await db().client.payslip.count()).toBe(employees.length * demoPayslipPeriods.length);
    await seedDemoData(db().client);
    expect(await db().client.payslip.count()).toBe(demoPayslips.length);
    for (const row of await db().client.payslip.findMany()) {
      const totals = payslipTotals(row.items as PayslipItems);
      expect({ grossPay: row.grossPay, deductions: row.deductions, netPay: row.netPay }).toEqual(totals);
      expect(row.netPay).toBeGreaterThan(0);
    }
  });

  it("lists the caller's own payslips, newest first, in the limited mode", async () => {
    const session = await demoSession("C001-00042");
    const list = await listOwnPayslips(session);
    expect(list.map((p) => p.period)).toEqual([...demoPayslipPeriods].reverse());
    expect(Object.keys(list[0]!).sort()).toEqual(["id", "netPay", "payDate", "period"]);
    const own = await db().client.payslip.findMany({ where: { accountId: session.accountId }, select: { id: true } });
    expect(list.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
  });

  it("shows the caller's own payslip in detail", async () => {
    const session = await demoSession("C001-00043");
    const [latest] = await listOwnPayslips(session);
    const detail = await getOwnPayslip(session, latest!.id);
    expect(detail?.period).toBe("2026-10");
    expect(detail!.earnings.map((i) => i.label)).toContain("基本給");
    expect(detail!.deductions.map((i) => i.label)).toEqual(expect.arrayContaining(["健康保険", "厚生年金", "雇用保険", "所得税", "住民税"]));
    expect(detail!.grossPay - detail!.totalDeductions).toBe(detail!.netPay);
    expect(detail).not.toHaveProperty("accountId");
    expect(detail).not.toHaveProperty("items");
  });

  it("another account's payslip id is null — also for the same person's additional account and for HR staff", async () => {
    const victim = await demoSession("C001-00042");
    const [victimPayslip] = await listOwnPayslips(victim);
    for (const loginId of ["C001-00043", "C001-00042-2", "C001-00001", "C002-00007"]) {
      const other = await demoSession(loginId, "FULL");
      expect(await getOwnPayslip(other, victimPayslip!.id)).toBeNull();
      expect((await listOwnPayslips(other)).map((p) => p.id)).not.toContain(victimPayslip!.id);
    }
    expect(await getOwnPayslip(victim, "does-not-exist")).toBeNull();
    expect(await getOwnPayslip(victim, "x".repeat(500))).toBeNull();
  });

  it("refuses an employee of a company without PAYSLIPS in use, even for their own payslip", async () => {
    const office = await createOffice(db().client);
    for (const apps of [{ ATTENDANCE: true, PAYSLIPS: false }, { ATTENDANCE: true }]) {
      const company = await createCompany(db().client, office.id, apps);
      const account = await createEmployee(db().client, company);
      const own = await db().client.payslip.create({ data: { accountId: account.id, period: "2026-10", payDate: new Date(), items, ...payslipTotals(items) } });
      const session = await sessionFor(db().client, account.id, "FULL");
      await expect(listOwnPayslips(session)).rejects.toMatchObject({ name: "AppAccessError", reason: "not_licensed" });
      await expect(getOwnPayslip(session, own.id)).rejects.toBeInstanceOf(AppAccessError);
    }
  });

  it("the licence is read on every call: switching PAYSLIPS off takes effect at once", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { PAYSLIPS: true });
    const account = await createEmployee(db().client, company);
    const session = await sessionFor(db().client, account.id, "LIMITED");
    expect(await listOwnPayslips(session)).toEqual([]);
    await db().client.appLicence.update({ where: { companyId_app: { companyId: company.id, app: "PAYSLIPS" } }, data: { inUse: false } });
    await expect(listOwnPayslips(session)).rejects.toMatchObject({ reason: "not_licensed" });
  });

  it("refuses sharoushi accounts (no payslips of their own here)", async () => {
    const office = await db().client.office.findFirstOrThrow();
    const sharoushi = await createSharoushi(db().client, office.id);
    const session = await sessionFor(db().client, sharoushi.id, "FULL");
    await expect(listOwnPayslips(session)).rejects.toMatchObject({ reason: "not_employee" });
  });
});
