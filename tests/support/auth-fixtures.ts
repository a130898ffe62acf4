/**
 * Accounts and sessions for integration tests, made through the real data layer
 * and unique per test (no shared demo users).
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { newTotpSecret } from "@/lib/auth/totp";

// Secrets for the code under test, before anything reads them.
process.env.AUTH_SECRET ??= "integration-test-secret-integration";
process.env.TOTP_ENCRYPTION_KEY ??= Buffer.alloc(32, 3).toString("base64");

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export async function createTestAccount(
  db: PrismaClient,
  opts: { role?: "SHAROUSHI" | "EMPLOYEE"; totp?: boolean; disabled?: boolean } = {},
) {
  const role = opts.role ?? "EMPLOYEE";
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const loginId = role === "SHAROUSHI" ? `A${String(parseInt(suffix, 16)).padStart(7, "0").slice(-7)}` : `T${suffix.slice(0, 3)}-${parseInt(suffix, 16) % 100000}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const account = await db.account.create({
    data: {
      loginId,
      role,
      displayName: `Test ${suffix}`,
      email: `${suffix.toLowerCase()}@test.example`,
      passwordHash: await passwordHash,
      disabled: opts.disabled ?? false,
    },
  });
  let secret: Buffer | undefined;
  if (opts.totp) {
    secret = newTotpSecret();
    await db.totpCredential.create({ data: { accountId: account.id, secretEnc: sealTotpSecret(account.id, secret), confirmedAt: new Date() } });
  }
  return { account, secret };
}

export const testRequest = { ip: "203.0.113.7", userAgent: "vitest" };
