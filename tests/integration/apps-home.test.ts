// The home menu: an employee sees the tiles of the apps the company uses, with
// the limited mode's locks; a sharoushi sees the office's own client companies,
// their licences (使用 / 未使用) and employee counts — never another office's.
import { beforeAll, describe, expect, it } from "vitest";
import { getHomeView } from "@/lib/home/queries";
import { appsInUse, listClientCompanies } from "@/lib/licences/queries";
import { seedDemoData } from "@/prisma/seed";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`home menu and licences (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await seedDemoData(db().client);
  });

  async function demoSession(loginId: string, mode: "LIMITED" | "FULL") {
    const account = await db().client.account.findUniqueOrThrow({ where: { loginId } });
    return sessionFor(db().client, account.id, mode);
  }

  it("lists the apps a company uses", async () => {
    expect(await appsInUse(await demoSession("C001-00042", "LIMITED"))).toEqual(["ATTENDANCE", "PAYSLIPS", "RECEPTION"]);
    expect(await appsInUse(await demoSession("C002-00007", "LIMITED"))).toEqual(["ATTENDANCE", "PAYSLIPS"]);
    expect(await appsInUse(await demoSession("A0000001", "FULL"))).toEqual([]);
  });

  it("limited mode: 打刻 and 明細閲覧 as links, everything else locked", async () => {
    const view = await getHomeView(await demoSession("C001-00042", "LIMITED"));
    expect(view).toEqual({
      kind: "employee",
      tiles: [
        { app: "ATTENDANCE", links: [{ fn: "punch", href: "/attendance" }], locked: ["requests"] },
        { app: "PAYSLIPS", links: [{ fn: "viewPayslips", href: "/payslips" }], locked: [] },
        { app: "RECEPTION", links: [], locked: ["reception"] },
      ],
      account: { links: [], locked: ["settings"], resetOwn: false }, // never enrolled a factor: nothing to reset (R-RESET-4)
    });
  });

  it("limited mode, HR staff: 明細登録 is shown locked too", async () => {
    const view = await getHomeView(await demoSession("C001-00001", "LIMITED"));
    expect(view.kind === "employee" && view.tiles.find((t) => t.app === "PAYSLIPS")?.locked).toEqual(["registerPayslips"]);
  });

  it("full mode: only functions that exist, no locks, no reception tile yet", async () => {
    const view = await getHomeView(await demoSession("C001-00001", "FULL"));
    expect(view).toEqual({
      kind: "employee",
      tiles: [
        { app: "ATTENDANCE", links: [{ fn: "punch", href: "/attendance" }], locked: [] },
        { app: "PAYSLIPS", links: [{ fn: "viewPayslips", href: "/payslips" }], locked: [] },
      ],
      account: { links: [{ fn: "settings", href: "/settings" }], locked: [], resetOwn: false },
    });
  });

  it("limited mode: 2要素認証初期化 is offered only to an account that has a factor (Authenticator or e-mail) to reset", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true });
    const offered = async (id: string) => (await getHomeView(await sessionFor(db().client, id, "LIMITED"))).account.resetOwn;
    const never = await createEmployee(db().client, company);
    expect(await offered(never.id)).toBe(false);
    const byMail = await createEmployee(db().client, company);
    await db().client.account.update({ where: { id: byMail.id }, data: { secondFactor: "EMAIL" } });
    expect(await offered(byMail.id)).toBe(true);
    // An Authenticator only counts once its first code confirmed it.
    const byApp = await createEmployee(db().client, company);
    await db().client.totpCredential.create({ data: { accountId: byApp.id, secretEnc: "x", confirmedAt: null } });
    expect(await offered(byApp.id)).toBe(false);
    await db().client.totpCredential.update({ where: { accountId: byApp.id }, data: { confirmedAt: new Date() } });
    expect(await offered(byApp.id)).toBe(true);
  });

  it("a company that uses no app gets no tiles", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: false, PAYSLIPS: false });
    const account = await createEmployee(db().client, company);
    const view = await getHomeView(await sessionFor(db().client, account.id, "LIMITED"));
    expect(view.kind === "employee" && view.tiles).toEqual([]);
  });

  it("sharoushi: the office's client companies with licences and employee counts", async () => {
    const view = await getHomeView(await demoSession("A0000001", "FULL"));
    expect(view.kind).toBe("sharoushi");
    if (view.kind !== "sharoushi") return;
    expect(view.companies.map((c) => c.code)).toEqual(["C001", "C002"]);
    const [c001, c002] = view.companies;
    // C001: three people; the additional account C001-00042-2 is not another employee.
    expect(c001!.employeeCount).toBe(3);
    expect(c002!.employeeCount).toBe(2);
    expect(c002!.licences).toEqual([
      { app: "ATTENDANCE", inUse: true },
      { app: "PAYSLIPS", inUse: true },
      { app: "RECEPTION", inUse: false },
    ]);
    expect(view.account.links).toEqual([{ fn: "settings", href: "/settings" }]);
  });

  it("sharoushi: never another office's companies; disabled accounts are not counted", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { PAYSLIPS: true });
    await createEmployee(db().client, company);
    await createEmployee(db().client, company, { disabled: true });
    const own = await listClientCompanies(await sessionFor(db().client, (await createSharoushi(db().client, office.id)).id, "FULL"));
    expect(own.map((c) => c.code)).toEqual([company.code]);
    expect(own[0]!.employeeCount).toBe(1);
    expect(own[0]!.licences.find((l) => l.app === "RECEPTION")).toEqual({ app: "RECEPTION", inUse: false });

    const demo = await listClientCompanies(await demoSession("A0000001", "FULL"));
    expect(demo.map((c) => c.code)).not.toContain(company.code);
  });

  it("employees get no client list", async () => {
    expect(await listClientCompanies(await demoSession("C001-00001", "FULL"))).toEqual([]);
  });
});
