// ライセンス管理: a sharoushi (full session) sets which apps a client company of
// their own office uses; another office's company reads as one that does not
// exist; the apps' gate follows on the next call (no cache); every change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { setCompanyLicences } from "@/lib/licences/admin";
import { AppAccessError, appsInUse, assertAppAccess, listClientCompanies } from "@/lib/licences/queries";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`office: licences (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ours: { officeId: string; companyId: string };
  let theirs: { officeId: string; companyId: string };

  beforeAll(async () => {
    const client = db().client;
    const office = await createOffice(client);
    const other = await createOffice(client);
    ours = { officeId: office.id, companyId: (await createCompany(client, office.id, { ATTENDANCE: true, PAYSLIPS: true })).id };
    theirs = { officeId: other.id, companyId: (await createCompany(client, other.id, { ATTENDANCE: true })).id };
  });

  const sharoushi = async (officeId = ours.officeId, mode: "FULL" | "LIMITED" = "FULL") => sessionFor(db().client, (await createSharoushi(db().client, officeId)).id, mode);
  const employeeOf = async (companyId: string) =>
    sessionFor(db().client, (await createEmployee(db().client, await db().client.company.findUniqueOrThrow({ where: { id: companyId } }))).id, "FULL");
  const licences = async (companyId: string) =>
    (await db().client.appLicence.findMany({ where: { companyId, inUse: true }, orderBy: { app: "asc" } })).map((l) => l.app);

  it("sets exactly the chosen apps, and the employee's next call sees it", async () => {
    const actor = await sharoushi();
    const employee = await employeeOf(ours.companyId);
    expect(await appsInUse(employee)).toEqual(["ATTENDANCE", "PAYSLIPS"]);

    expect(await setCompanyLicences(actor, ours.companyId, ["PAYSLIPS", "RECEPTION"], testRequest)).toEqual({ ok: true, changed: true });
    expect(await licences(ours.companyId)).toEqual(["PAYSLIPS", "RECEPTION"]);
    expect(await appsInUse(employee)).toEqual(["PAYSLIPS", "RECEPTION"]);
    await expect(assertAppAccess(employee, "ATTENDANCE")).rejects.toBeInstanceOf(AppAccessError);
    await expect(assertAppAccess(employee, "PAYSLIPS")).resolves.toBe(ours.companyId);
    const company = (await listClientCompanies(actor)).find((c) => c.id === ours.companyId)!;
    expect(company.licences).toEqual([
      { app: "ATTENDANCE", inUse: false },
      { app: "PAYSLIPS", inUse: true },
      { app: "RECEPTION", inUse: true },
    ]);

    const events = await db().client.auditEvent.findMany({ where: { accountId: actor.accountId, type: "licence.changed" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ companyId: ours.companyId, before: ["ATTENDANCE", "PAYSLIPS"], after: ["PAYSLIPS", "RECEPTION"] });
  });

  it("records nothing when nothing changes", async () => {
    const actor = await sharoushi();
    const current = await licences(ours.companyId);
    expect(await setCompanyLicences(actor, ours.companyId, current, testRequest)).toEqual({ ok: true, changed: false });
    expect(await db().client.auditEvent.count({ where: { accountId: actor.accountId, type: "licence.changed" } })).toBe(0);
  });

  it("refuses another office's company exactly like a missing one, and changes nothing", async () => {
    const actor = await sharoushi();
    const before = await licences(theirs.companyId);
    const foreign = await setCompanyLicences(actor, theirs.companyId, ["RECEPTION"], testRequest);
    const missing = await setCompanyLicences(actor, "c0000000000000000000000000", ["RECEPTION"], testRequest);
    expect(foreign).toEqual({ ok: false, error: "not_found" });
    expect(missing).toEqual(foreign);
    expect(await licences(theirs.companyId)).toEqual(before);
    expect(await db().client.auditEvent.count({ where: { accountId: actor.accountId, type: "office.refused" } })).toBe(2);
  });

  it("refuses a limited session, an employee and forged IDs", async () => {
    const limited = await sharoushi(ours.officeId, "LIMITED");
    expect(await setCompanyLicences(limited, ours.companyId, [], testRequest)).toEqual({ ok: false, error: "forbidden" });
    const employee = await employeeOf(ours.companyId);
    expect(await setCompanyLicences(employee, ours.companyId, [], testRequest)).toEqual({ ok: false, error: "forbidden" });
    const actor = await sharoushi();
    for (const forged of ["", "x".repeat(500), { id: ours.companyId }, null]) {
      expect(await setCompanyLicences(actor, forged, [], testRequest)).toEqual({ ok: false, error: "not_found" });
    }
    expect((await licences(ours.companyId)).length).toBeGreaterThan(0);
  });
});
