/**
 * 顧問先企業: the office's client companies — list, create, edit, disable and
 * re-enable. Only the caller's office's companies are ever read or written; an
 * ID of another office's company reads exactly like one that does not exist.
 * Disabling deletes nothing: lib/auth/account.ts ACCOUNT_UNUSABLE reads the flag,
 * so the company's accounts cannot sign in and their sessions end at their next
 * request. The code is the first half of every employee's login ID, so it can be
 * changed only while the company has no accounts. Every change is audit-logged.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { assertOffice } from "./access";
import type { CompanyInput } from "./company-fields";

export type CompanyRow = CompanyInput & { id: string; disabled: boolean; accounts: number };
export type CompanyError = "not_found" | "code_taken" | "code_locked";
export type CompanyResult = { ok: true; id: string } | { ok: false; error: CompanyError };

const select = {
  id: true, code: true, name: true, contactName: true, contactEmail: true, contactPhone: true, disabled: true,
  _count: { select: { accounts: true } },
} as const;

type Selected = Prisma.CompanyGetPayload<{ select: typeof select }>;
const toRow = ({ _count, ...c }: Selected): CompanyRow => ({ ...c, accounts: _count.accounts });
const actorOf = (s: Session) => ({ accountId: s.accountId, loginId: s.loginId });

export async function listCompanies(session: Session): Promise<CompanyRow[]> {
  const officeId = assertOffice(session);
  return (await getDb().company.findMany({ where: { officeId }, orderBy: { code: "asc" }, select })).map(toRow);
}

/** The office's company, or null (not found, or another office's: the same answer). */
export async function getCompany(session: Session, companyId: unknown): Promise<CompanyRow | null> {
  const officeId = assertOffice(session);
  if (!isRecordId(companyId)) return null;
  const row = await getDb().company.findFirst({ where: { id: companyId, officeId }, select });
  return row ? toRow(row) : null;
}

async function refused(session: Session, req: RequestInfo, action: string, target: unknown) {
  await audit("office.refused", actorOf(session), req, { action, target: isRecordId(target) ? target : null, reason: "not_found" });
  return { ok: false as const, error: "not_found" as const };
}

const codeTaken = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

export async function createCompany(session: Session, input: CompanyInput, req: RequestInfo): Promise<CompanyResult> {
  const officeId = assertOffice(session);
  try {
    const company = await getDb().company.create({ data: { ...input, officeId }, select: { id: true } });
    await audit("company.created", actorOf(session), req, { companyId: company.id, code: input.code });
    return { ok: true, id: company.id };
  } catch (err) {
    if (codeTaken(err)) return { ok: false, error: "code_taken" };
    throw err;
  }
}

export async function updateCompany(session: Session, companyId: unknown, input: CompanyInput, req: RequestInfo): Promise<CompanyResult> {
  const current = await getCompany(session, companyId);
  if (!current) return refused(session, req, "update_company", companyId);
  if (current.code !== input.code && current.accounts > 0) return { ok: false, error: "code_locked" };
  try {
    // Conditional on the code read above: a company cannot gain its first account between the check and the rename unnoticed.
    const { count } = await getDb().company.updateMany({
      where: { id: current.id, code: current.code, ...(current.code !== input.code ? { accounts: { none: {} } } : {}) },
      data: input,
    });
    if (count !== 1) return { ok: false, error: "code_locked" };
  } catch (err) {
    if (codeTaken(err)) return { ok: false, error: "code_taken" };
    throw err;
  }
  await audit("company.updated", actorOf(session), req, { companyId: current.id, code: input.code, ...(current.code !== input.code ? { previousCode: current.code } : {}) });
  return { ok: true, id: current.id };
}

/** 利用停止 / 利用再開. Nothing is deleted; the company's sessions stop at their next request (ACCOUNT_UNUSABLE). */
export async function setCompanyDisabled(session: Session, companyId: unknown, disabled: boolean, req: RequestInfo): Promise<CompanyResult> {
  const current = await getCompany(session, companyId);
  if (!current) return refused(session, req, disabled ? "disable_company" : "enable_company", companyId);
  await getDb().company.update({ where: { id: current.id }, data: { disabled } });
  await audit(disabled ? "company.disabled" : "company.enabled", actorOf(session), req, { companyId: current.id, code: current.code });
  return { ok: true, id: current.id };
}
