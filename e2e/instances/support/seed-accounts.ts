// Creates (afresh) the accounts of e2e/instances/support/accounts.ts through the
// data layer, on DATABASE_URL, after migrate and the demo seed. Prints the
// Authenticator keys as one JSON line on stdout for the suite to read.
import { createClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { base32Encode, newTotpSecret } from "@/lib/auth/totp";
import { runScript } from "@/scripts/run-script";
import { ACCOUNT_LIST, PASSWORD, emailOf, type SeededKeys } from "./accounts";

await runScript(async () => {
  const db = createClient();
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const company = await db.company.findUniqueOrThrow({ where: { code: "C001" } });
    const office = await db.office.findFirstOrThrow();
    const keys: SeededKeys = {};
    for (const spec of ACCOUNT_LIST) {
      await db.account.deleteMany({ where: { loginId: spec.loginId } });
      const account = await db.account.create({
        data: {
          loginId: spec.loginId,
          role: spec.role,
          displayName: `Instances ${spec.loginId}`,
          email: emailOf(spec.loginId),
          passwordHash,
          officeId: spec.role === "SHAROUSHI" ? office.id : null,
          companyId: spec.role === "EMPLOYEE" ? company.id : null,
          secondFactor: spec.totp ? "TOTP" : (spec.factor ?? null),
        },
      });
      if (spec.totp) {
        const secret = newTotpSecret();
        await db.totpCredential.create({ data: { accountId: account.id, secretEnc: sealTotpSecret(account.id, secret), confirmedAt: new Date() } });
        keys[spec.loginId] = base32Encode(secret);
      }
    }
    console.log(JSON.stringify(keys));
  } finally {
    await db.$disconnect();
  }
});
