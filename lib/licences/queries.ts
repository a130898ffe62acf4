/**
 * ライセンス管理 (licences): which apps a company uses (AppLicence.inUse), and
 * the gate every app's data layer passes first — only employees of a company
 * that uses the app reach its data. A missing licence row means 未使用.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { Session } from "@/lib/auth/session";

export const APP_KINDS = ["ATTENDANCE", "PAYSLIPS", "RECEPTION"] as const;
export type AppKind = (typeof APP_KINDS)[number];

export type AppAccessDenial = "not_employee" | "not_licensed";

/** Thrown by the apps' data layer when the caller may not use the app at all. */
export class AppAccessError extends Error {
  override name = "AppAccessError";
  constructor(
    readonly app: AppKind,
    readonly reason: AppAccessDenial,
  ) {
    super(`${app}: ${reason}`);
  }
}

/** The apps the caller's company uses, in a fixed order. Not an employee: none. */
export async function appsInUse(session: Session): Promise<AppKind[]> {
  if (session.role !== "EMPLOYEE" || !session.companyId) return [];
  const rows = await getDb().appLicence.findMany({
    where: { companyId: session.companyId, inUse: true },
    select: { app: true },
  });
  const used = new Set<AppKind>(rows.map((r) => r.app));
  return APP_KINDS.filter((app) => used.has(app));
}

/** Whether the caller may use the app; pages use it to explain a refusal. */
export async function appAccess(session: Session, app: AppKind): Promise<{ ok: true } | { ok: false; reason: AppAccessDenial }> {
  if (session.role !== "EMPLOYEE" || !session.companyId) return { ok: false, reason: "not_employee" };
  const licence = await getDb().appLicence.findUnique({
    where: { companyId_app: { companyId: session.companyId, app } },
    select: { inUse: true },
  });
  return licence?.inUse ? { ok: true } : { ok: false, reason: "not_licensed" };
}

/** For the data layer: returns the caller's company id, or throws AppAccessError. */
export async function assertAppAccess(session: Session, app: AppKind): Promise<string> {
  const access = await appAccess(session, app);
  if (!access.ok) throw new AppAccessError(app, access.reason);
  return session.companyId!;
}

export type ClientCompanyView = {
  id: string;
  code: string;
  name: string;
  /** Every app kind, 使用 (true) or 未使用 (false). */
  licences: { app: AppKind; inUse: boolean }[];
  /** Active employees: main accounts only (an additional account is the same person), not disabled. */
  employeeCount: number;
};

/** The client companies of the caller's office, for sharoushi accounts only; anyone else gets none. */
export async function listClientCompanies(session: Session): Promise<ClientCompanyView[]> {
  if (session.role !== "SHAROUSHI" || !session.officeId) return [];
  const companies = await getDb().company.findMany({
    where: { officeId: session.officeId },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      licences: { select: { app: true, inUse: true } },
      _count: { select: { accounts: { where: { role: "EMPLOYEE", disabled: false, mainAccountId: null } } } },
    },
  });
  return companies.map((c) => {
    const inUse = new Map(c.licences.map((l) => [l.app as AppKind, l.inUse]));
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      licences: APP_KINDS.map((app) => ({ app, inUse: inUse.get(app) ?? false })),
      employeeCount: c._count.accounts,
    };
  });
}
