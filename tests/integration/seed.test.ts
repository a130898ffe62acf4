// The demo seed is idempotent: a second run changes nothing, and never
// overwrites a password that already exists.
import { describe, expect, it } from "vitest";
import { demoAccounts, demoCompanies, demoNotices } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

describe(`seedDemoData (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  async function counts() {
    const c = db().client;
    return {
      offices: await c.office.count(),
      companies: await c.company.count(),
      licences: await c.appLicence.count(),
      accounts: await c.account.count(),
      notices: await c.notice.count(),
    };
  }

  it("creates the demo data", async () => {
    await seedDemoData(db().client);
    expect(await counts()).toEqual({
      offices: 1,
      companies: demoCompanies.length,
      licences: demoCompanies.reduce((n, c) => n + Object.keys(c.apps).length, 0),
      accounts: demoAccounts.length,
      notices: demoNotices.length,
    });
  });

  it("gives the same counts, and keeps existing passwords, when run again", async () => {
    const before = await counts();
    const hashesBefore = await db().client.account.findMany({ select: { loginId: true, passwordHash: true }, orderBy: { loginId: "asc" } });
    await seedDemoData(db().client);
    expect(await counts()).toEqual(before);
    const hashesAfter = await db().client.account.findMany({ select: { loginId: true, passwordHash: true }, orderBy: { loginId: "asc" } });
    expect(hashesAfter).toEqual(hashesBefore);
  });

  it("links the additional account to its main account", async () => {
    const sub = demoAccounts.find((a) => a.mainLoginId);
    if (!sub) return;
    const row = await db().client.account.findUniqueOrThrow({ where: { loginId: sub.loginId }, include: { mainAccount: true } });
    expect(row.mainAccount?.loginId).toBe(sub.mainLoginId);
  });

  it("words the demo notices as Tobira's own, and brings an older text up to date", async () => {
    const c = db().client;
    await c.notice.update({ where: { slug: "otp-introduction" }, data: { bodyJa: "各種マイページにログインする際は、従来のIDとパスワードのほか…", bodyEn: "old" } });
    await seedDemoData(c);
    const notices = await c.notice.findMany({ select: { bodyJa: true, bodyEn: true } });
    expect(notices.length).toBe(demoNotices.length);
    for (const n of notices) {
      // Words of another service, which Tobira users never see anywhere else.
      expect(n.bodyJa).not.toMatch(/マイページ|従来のIDとパスワード/);
      expect(n.bodyJa).toContain("Tobira");
      expect(n.bodyEn).toContain("Tobira");
    }
    expect(await counts()).toMatchObject({ notices: demoNotices.length });
  });
});
