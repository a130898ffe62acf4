// Creates the e2e accounts (e2e/support/accounts.ts) through the data layer, and
// writes the Authenticator keys of the pre-enrolled ones for the tests to read.
// Run by scripts/e2e-server.sh after migrate and seed, before the server starts.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/database/client";
import { closePglite } from "@/lib/database/connect";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { hashPassword } from "@/lib/auth/password";
import { skipCookieName } from "@/lib/auth/skip-cookie";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { base32Encode, newTotpSecret } from "@/lib/auth/totp";
import { runScript } from "@/scripts/run-script";
import { ACCOUNT_SPECS, E2E_PASSWORD, FIXTURES_FILE, PROJECTS, emailFor, loginIdFor, type AccountFixture, type AccountName, type AccountSpec } from "./accounts";

await runScript(async () => {
  const target = resolveDatabaseTarget();
  const db = createClient(target);
  const fixtures: Record<string, AccountFixture> = {};
  try {
    const passwordHash = await hashPassword(E2E_PASSWORD);
    const companies = new Map((await db.company.findMany()).map((c) => [c.code, c.id]));
    const office = await db.office.findFirstOrThrow();
    for (const name of Object.keys(ACCOUNT_SPECS) as AccountName[]) {
      const spec: AccountSpec = ACCOUNT_SPECS[name];
      for (const project of PROJECTS) {
        const loginId = loginIdFor(name, project);
        // A re-run (PostgreSQL is not wiped) starts each account afresh.
        await db.account.updateMany({ where: { mainAccount: { loginId } }, data: { mainAccountId: null } });
        await db.account.deleteMany({ where: { loginId } });
        const main = spec.mainAccount
          ? await db.account.findUniqueOrThrow({ where: { loginId: loginIdFor(spec.mainAccount as AccountName, project) }, select: { id: true } })
          : null;
        const account = await db.account.create({
          data: {
            loginId,
            role: spec.role,
            displayName: `E2E ${name} ${project}`,
            email: emailFor(loginId),
            passwordHash,
            officeId: spec.role === "SHAROUSHI" ? office.id : null,
            companyId: spec.role === "EMPLOYEE" ? companies.get(spec.company ?? "C001") : null,
            secondFactor: spec.totp ? "TOTP" : (spec.factor ?? null),
            mainAccountId: main?.id ?? null,
            mustChangePassword: spec.mustChangePassword ?? false,
            isOfficeAdmin: spec.officeAdmin ?? false,
          },
        });
        fixtures[loginId] = { skipCookie: skipCookieName(account.id) };
        if (spec.totp) {
          const secret = newTotpSecret();
          await db.totpCredential.create({ data: { accountId: account.id, secretEnc: sealTotpSecret(account.id, secret), confirmedAt: new Date() } });
          fixtures[loginId].totpKey = base32Encode(secret);
        }
      }
    }
    mkdirSync(path.dirname(FIXTURES_FILE), { recursive: true });
    writeFileSync(FIXTURES_FILE, JSON.stringify(fixtures, null, 1));
    console.log(`e2e: ${Object.keys(ACCOUNT_SPECS).length * PROJECTS.length} accounts ready`);
  } finally {
    await db.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
});
