/**
 * 従業員アカウント管理, read side: the employees of the office's client
 * companies with what the office needs to help them sign in — second factor,
 * lock, remembered browsers. Small typed objects only: no hash, secret or token
 * leaves this module. Every function checks the session (access.ts).
 */
import "server-only";
import { getDb } from "@/lib/db";
import { normaliseLoginId } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session";
import { sessionLimits } from "@/lib/auth/session-limits";
import { bucketLocked } from "@/lib/auth/throttle";
import { assertOffice, findOwnEmployee } from "./access";

export type FactorStatus = "TOTP" | "EMAIL" | "NONE";

export type OfficeCompany = { id: string; code: string; name: string };

export type EmployeeSummary = {
  id: string;
  loginId: string;
  displayName: string;
  email: string;
  factor: FactorStatus;
  locked: boolean;
  rememberedBrowsers: number;
  additional: boolean;
  disabled: boolean;
};

export type EmployeeDetail = EmployeeSummary & {
  company: OfficeCompany;
  /** Until when the account is locked; null: not locked, or locked until the office unlocks it. */
  lockedUntil: Date | null;
  activeSessions: number;
  totpSince: Date | null;
  /** Made by the console and no password set yet: the page offers the invitation. */
  awaitingInvitation: boolean;
};

export type CompanyEmployees = { company: OfficeCompany; employees: EmployeeSummary[] };

/** More than a screen can sensibly show; the search narrows it. */
export const LIST_LIMIT = 200;
const QUERY_MAX_LENGTH = 64;

export async function listOfficeCompanies(session: Session): Promise<OfficeCompany[]> {
  const officeId = assertOffice(session);
  return getDb().company.findMany({ where: { officeId }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}

const summarySelect = (now: Date) =>
  ({
    id: true,
    loginId: true,
    displayName: true,
    email: true,
    secondFactor: true,
    mainAccountId: true,
    disabled: true,
    totp: { select: { confirmedAt: true } },
    _count: { select: { rememberedBrowsers: { where: { revokedAt: null, expiresAt: { gt: now } } } } },
  }) as const;

function factorOf(a: { secondFactor: string | null; totp: { confirmedAt: Date | null } | null }): FactorStatus {
  if (a.totp?.confirmedAt) return "TOTP";
  return a.secondFactor === "EMAIL" ? "EMAIL" : "NONE";
}

/**
 * The office's employees by company, filtered by company (must be the office's)
 * and by a search on login ID or name. Companies without a match are left out
 * when searching; every company is listed otherwise.
 */
export async function listEmployees(
  session: Session,
  filter: { companyId?: string; q?: string },
  now: Date,
): Promise<{ groups: CompanyEmployees[]; truncated: boolean }> {
  const officeId = assertOffice(session);
  const db = getDb();
  const companies = (await listOfficeCompanies(session)).filter((c) => !filter.companyId || c.id === filter.companyId);
  // From the URL: control characters are nothing to search for (and PostgreSQL refuses NUL).
  const q = (filter.q ?? "").normalize("NFKC").replace(/\p{Cc}/gu, "").trim().slice(0, QUERY_MAX_LENGTH);
  const rows = await db.account.findMany({
    where: {
      role: "EMPLOYEE",
      company: { officeId },
      companyId: { in: companies.map((c) => c.id) },
      ...(q
        ? { OR: [{ loginId: { contains: normaliseLoginId(q) } }, { displayName: { contains: q, mode: "insensitive" as const } }] }
        : {}),
    },
    orderBy: { loginId: "asc" },
    take: LIST_LIMIT + 1,
    select: { ...summarySelect(now), companyId: true },
  });
  const truncated = rows.length > LIST_LIMIT;
  const shown = rows.slice(0, LIST_LIMIT);
  const throttles = await db.authThrottle.findMany({ where: { accountId: { in: shown.map((r) => r.id) } } });
  const lockedIds = new Set(throttles.filter((t) => bucketLocked(t, now)).map((t) => t.accountId));
  const groups = companies
    .map((company) => ({
      company,
      employees: shown
        .filter((r) => r.companyId === company.id)
        .map((r) => ({
          id: r.id,
          loginId: r.loginId,
          displayName: r.displayName,
          email: r.email,
          factor: factorOf(r),
          locked: lockedIds.has(r.id),
          rememberedBrowsers: r._count.rememberedBrowsers,
          additional: !!r.mainAccountId,
          disabled: r.disabled,
        })),
    }))
    .filter((g) => !q || g.employees.length > 0);
  return { groups, truncated };
}

/** One employee of the office, or null (not found, or not the office's: the same answer). */
export async function getEmployeeDetail(session: Session, employeeId: unknown, now: Date): Promise<EmployeeDetail | null> {
  const officeId = assertOffice(session);
  const own = await findOwnEmployee(officeId, employeeId);
  if (!own) return null;
  const db = getDb();
  const row = await db.account.findUniqueOrThrow({
    where: { id: own.id },
    select: {
      ...summarySelect(now),
      company: { select: { id: true, code: true, name: true } },
      awaitingInvitation: true,
      _count: {
        select: {
          rememberedBrowsers: { where: { revokedAt: null, expiresAt: { gt: now } } },
          sessions: { where: { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - sessionLimits().idleMs) } } },
        },
      },
    },
  });
  const locks = (await db.authThrottle.findMany({ where: { accountId: own.id } })).filter((t) => bucketLocked(t, now));
  const finite = locks.every((t) => t.lockedUntil && t.lockedUntil.getFullYear() < 9999);
  return {
    id: row.id,
    loginId: row.loginId,
    displayName: row.displayName,
    email: row.email,
    factor: factorOf(row),
    locked: locks.length > 0,
    lockedUntil: locks.length > 0 && finite ? new Date(Math.max(...locks.map((t) => t.lockedUntil!.getTime()))) : null,
    rememberedBrowsers: row._count.rememberedBrowsers,
    additional: !!row.mainAccountId,
    disabled: row.disabled,
    company: row.company!,
    activeSessions: row._count.sessions,
    totpSince: row.totp?.confirmedAt ?? null,
    awaitingInvitation: row.awaitingInvitation,
  };
}
