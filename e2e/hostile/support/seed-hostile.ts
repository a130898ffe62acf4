// Creates the hostile suite's second office and accounts (accounts.ts) through
// the data layer, and writes their fixtures (ids, Authenticator keys, skip
// cookie names). Run by scripts/hostile-server.sh after migrate and the demo seed.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/database/client";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { hashPassword } from "@/lib/auth/password";
import { skipCookieName } from "@/lib/auth/skip-cookie";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { base32Encode, newTotpSecret } from "@/lib/auth/totp";
import { runScript } from "@/scripts/run-script";
import { HOSTILE_ACCOUNTS, HOSTILE_PASSWORD, SECOND_COMPANY, SECOND_OFFICE, hostileEmail, hostileLoginId, type HostileAccount, type HostileAccountName, type HostileSpec } from "./accounts";
import { hostileEnv } from "./env";

await runScript(async () => {
  const db = createClient(resolveDatabaseTarget());
  const fixtures: Record<string, Omit<HostileAccount, "password">> = {};
  try {
    await db.office.create({ data: SECOND_OFFICE });
    await db.company.create({ data: SECOND_COMPANY });
    await db.appLicence.createMany({
      data: (["ATTENDANCE", "PAYSLIPS", "RECEPTION"] as const).map((app) => ({ companyId: SECOND_COMPANY.id, app, inUse: true })),
    });
    const companies = new Map((await db.company.findMany()).map((c) => [c.code, c.id]));
    const firstOffice = await db.office.findFirstOrThrow({ where: { id: { not: SECOND_OFFICE.id } } });
    const passwordHash = await hashPassword(HOSTILE_PASSWORD);
    for (const name of Object.keys(HOSTILE_ACCOUNTS) as HostileAccountName[]) {
      const spec: HostileSpec = HOSTILE_ACCOUNTS[name];
      const loginId = hostileLoginId(name);
      const officeId = spec.role === "SHAROUSHI" ? (spec.office === 2 ? SECOND_OFFICE.id : firstOffice.id) : null;
      const companyId = spec.role === "EMPLOYEE" ? companies.get(spec.company ?? "C001")! : null;
      const account = await db.account.create({
        data: {
          loginId,
          role: spec.role,
          displayName: `Hostile ${name}`,
          email: hostileEmail(loginId),
          passwordHash,
          officeId,
          companyId,
          isHrStaff: spec.hrStaff ?? false,
          disabled: spec.disabled ?? false,
          isOfficeAdmin: spec.officeAdmin ?? false,
          secondFactor: spec.totp ? "TOTP" : (spec.factor ?? null),
        },
      });
      fixtures[name] = { name, id: account.id, loginId, email: account.email, skipCookie: skipCookieName(account.id), companyId, officeId };
      if (spec.totp) {
        const secret = newTotpSecret();
        await db.totpCredential.create({ data: { accountId: account.id, secretEnc: sealTotpSecret(account.id, secret), confirmedAt: new Date() } });
        fixtures[name].totpKey = base32Encode(secret);
      }
    }
    const file = hostileEnv().fixturesFile;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(fixtures, null, 1));
    console.log(`hostile: ${Object.keys(fixtures).length} accounts ready, second office ${SECOND_OFFICE.id}`);
  } finally {
    await db.$disconnect();
  }
});
