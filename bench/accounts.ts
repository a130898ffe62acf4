/**
 * The benchmark's own accounts, created through the data layer before the
 * server opens the database: employees of C001 with an enrolled Authenticator,
 * each used for one login (a TOTP code is accepted once per account and step).
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { newTotpSecret } from "@/lib/auth/totp";

export const BENCH_PASSWORD = "bench-Password-2026";

export type BenchAccount = { loginId: string; secret: Buffer };

export async function createBenchAccounts(db: PrismaClient, count: number): Promise<BenchAccount[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const company = await db.company.findUniqueOrThrow({ where: { code: "C001" } });
  const accounts: BenchAccount[] = [];
  for (let i = 0; i < count; i++) {
    const loginId = `C001-7${String(i).padStart(4, "0")}`;
    await db.account.deleteMany({ where: { loginId } });
    const account = await db.account.create({
      data: { loginId, role: "EMPLOYEE", displayName: `Bench ${i}`, email: `${loginId.toLowerCase()}@bench.example`, passwordHash, companyId: company.id, secondFactor: "TOTP" },
    });
    const secret = newTotpSecret();
    await db.totpCredential.create({ data: { accountId: account.id, secretEnc: sealTotpSecret(account.id, secret), confirmedAt: new Date() } });
    accounts.push({ loginId, secret });
  }
  return accounts;
}
