// Fixtures of the apps' integration tests: offices, companies with licences,
// accounts, and real sessions — an AuthSession row read back through the
// same validateSession() every request uses. Unique per call, so tests never
// share a user.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Mode } from "@/lib/auth/policy";
import { validateSession, type Session } from "@/lib/auth/session-store";

type AppKind = "ATTENDANCE" | "PAYSLIPS" | "RECEPTION";

const hex = (bytes: number) => randomBytes(bytes).toString("hex").toUpperCase();

export async function createOffice(db: PrismaClient) {
  return db.office.create({ data: { name: `テスト事務所 ${hex(3)}` } });
}

/** A company of the office; `apps` lists licence rows (absent app: no row at all). */
export async function createCompany(db: PrismaClient, officeId: string, apps: Partial<Record<AppKind, boolean>>) {
  const code = `T${hex(3)}`;
  return db.company.create({
    data: {
      code,
      name: `テスト株式会社 ${code}`,
      officeId,
      licences: { create: Object.entries(apps).map(([app, inUse]) => ({ app: app as AppKind, inUse })) },
    },
  });
}

let employeeNo = 0;

export async function createEmployee(
  db: PrismaClient,
  company: { id: string; code: string },
  opts: { isHrStaff?: boolean; mainAccountId?: string; disabled?: boolean } = {},
) {
  employeeNo += 1;
  const loginId = `${company.code}-${String(employeeNo).padStart(5, "0")}${opts.mainAccountId ? "-2" : ""}`;
  return db.account.create({
    data: {
      loginId,
      role: "EMPLOYEE",
      displayName: `従業員 ${loginId}`,
      email: `${loginId.toLowerCase()}@example.jp`,
      passwordHash: "not-used-by-these-tests",
      companyId: company.id,
      isHrStaff: opts.isHrStaff ?? false,
      mainAccountId: opts.mainAccountId ?? null,
      disabled: opts.disabled ?? false,
    },
  });
}

export async function createSharoushi(db: PrismaClient, officeId: string) {
  const loginId = `A${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`;
  return db.account.create({
    data: { loginId, role: "SHAROUSHI", displayName: `社労士 ${loginId}`, email: `${loginId.toLowerCase()}@office.example.jp`, passwordHash: "x", officeId },
  });
}

/** A signed-in session of the account in the given mode, as pages and actions receive it. */
export async function sessionFor(db: PrismaClient, accountId: string, mode: Mode): Promise<Session> {
  const now = new Date();
  const row = await db.authSession.create({
    data: { id: `test-${hex(16)}`, accountId, mode, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3_600_000) },
  });
  const session = await validateSession(row.id, now);
  if (!session) throw new Error("sessionFor: the new session did not validate");
  return session;
}
