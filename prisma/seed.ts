// npm run db:seed — demo data for the quick start. Idempotent: upserts by natural keys,
// and never overwrites a password that already exists.
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/database/client";
import { closePglite } from "@/lib/database/connect";
import { describeTarget, resolveDatabaseTarget } from "@/lib/database/config";
import { assertReachable } from "@/lib/database/migrate";
import { hashPassword } from "@/lib/auth/password";
import { runScript } from "@/scripts/run-script";
import { payslipTotals } from "@/lib/payslips/items";
import { DEMO_PASSWORD, demoAccounts, demoCompanies, demoNotices, demoOffice, demoPayslips } from "./demo-data";

export async function seedDemoData(db: PrismaClient) {
  await db.office.upsert({ where: { id: demoOffice.id }, update: {}, create: demoOffice });
  for (const c of demoCompanies) {
    await db.company.upsert({
      where: { code: c.code },
      update: {},
      create: { id: c.id, code: c.code, name: c.name, officeId: demoOffice.id },
    });
    for (const [app, inUse] of Object.entries(c.apps)) {
      await db.appLicence.upsert({
        where: { companyId_app: { companyId: c.id, app: app as keyof typeof c.apps } },
        update: {},
        create: { companyId: c.id, app: app as keyof typeof c.apps, inUse },
      });
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const companyIds = new Map<string, string>(demoCompanies.map((c) => [c.code, c.id]));
  // Main accounts first, so additional accounts can point at them.
  const ordered = [...demoAccounts].sort((a, b) => Number(!!a.mainLoginId) - Number(!!b.mainLoginId));
  for (const a of ordered) {
    const main = a.mainLoginId ? await db.account.findUniqueOrThrow({ where: { loginId: a.mainLoginId } }) : null;
    await db.account.upsert({
      where: { loginId: a.loginId },
      // The administrator permission also reaches a demo database seeded before it existed.
      update: a.isOfficeAdmin ? { isOfficeAdmin: true } : {},
      create: {
        loginId: a.loginId,
        role: a.role,
        displayName: a.displayName,
        email: a.email,
        passwordHash,
        isHrStaff: a.isHrStaff ?? false,
        isOfficeAdmin: a.isOfficeAdmin ?? false,
        officeId: a.role === "SHAROUSHI" ? demoOffice.id : null,
        companyId: a.companyCode ? companyIds.get(a.companyCode) : null,
        mainAccountId: main?.id ?? null,
      },
    });
  }
  for (const n of demoNotices) {
    // The demo's own wording wins on every run, so a database seeded with an older text is brought up to date.
    const { slug, ...text } = n;
    await db.notice.upsert({ where: { slug }, update: text, create: n });
  }
  const accountIds = new Map(
    (await db.account.findMany({ where: { loginId: { in: demoAccounts.map((a) => a.loginId) } }, select: { id: true, loginId: true } })).map((a) => [a.loginId, a.id]),
  );
  for (const p of demoPayslips) {
    const accountId = accountIds.get(p.loginId)!;
    await db.payslip.upsert({
      where: { accountId_period: { accountId, period: p.period } },
      update: {},
      create: { accountId, period: p.period, payDate: p.payDate, items: p.items, ...payslipTotals(p.items) },
    });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  await runScript(async () => {
    const target = resolveDatabaseTarget();
    const db = createClient(target);
    try {
      await assertReachable(target, db);
      await seedDemoData(db);
      console.log(`seeded demo data into ${describeTarget(target)}`);
    } finally {
      await db.$disconnect();
      if (target.kind === "pglite") await closePglite(target.dataDir);
    }
  });
}
