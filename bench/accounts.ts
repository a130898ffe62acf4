/**
 * The benchmark's own accounts, created before the server opens the database:
 * employees of C001 with an enrolled Authenticator, each used for one login (a
 * TOTP code is accepted once per account and time step, so a login cannot
 * reuse an account within 30 s). One password hash serves them all, and rows
 * go in by the thousand, so preparing 2,000 accounts takes seconds.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { newTotpSecret } from "@/lib/auth/totp";

export const BENCH_PASSWORD = "bench-Password-2026";

export type BenchAccount = { loginId: string; displayName: string; secret: Buffer };

const CHUNK = 500;

export async function createBenchAccounts(db: PrismaClient, count: number): Promise<BenchAccount[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const company = await db.company.findUniqueOrThrow({ where: { code: "C001" } });
  await db.account.deleteMany({ where: { loginId: { startsWith: "C001-7" } } });
  const accounts: BenchAccount[] = [];
  for (let from = 0; from < count; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) => {
      const i = from + k;
      const loginId = `C001-7${String(i).padStart(4, "0")}`;
      return { id: randomUUID(), loginId, displayName: `Bench ${i}`, secret: newTotpSecret() };
    });
    await db.account.createMany({
      data: rows.map((r) => ({
        id: r.id,
        loginId: r.loginId,
        role: "EMPLOYEE" as const,
        displayName: r.displayName,
        email: `${r.loginId.toLowerCase()}@bench.example`,
        passwordHash,
        companyId: company.id,
        secondFactor: "TOTP" as const,
      })),
    });
    await db.totpCredential.createMany({
      data: rows.map((r) => ({ accountId: r.id, secretEnc: sealTotpSecret(r.id, r.secret), confirmedAt: new Date() })),
    });
    accounts.push(...rows.map(({ loginId, displayName, secret }) => ({ loginId, displayName, secret })));
  }
  return accounts;
}
