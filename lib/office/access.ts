/**
 * Who may reach 従業員アカウント管理, checked in the data layer for every query
 * and mutation: a full session of a sharoushi account (policy.ts
 * sessionMayManageEmployees), and only employees of client companies of that
 * account's own office. Target IDs come from forms and URLs and are never
 * trusted: an employee of another office reads exactly like one that does not
 * exist.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { sessionMayManageEmployees } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";

export class OfficeAccessError extends Error {
  override name = "OfficeAccessError";
}

/** The caller's office id, or null when the session may not manage employees. */
export function officeOf(session: Session): string | null {
  if (!sessionMayManageEmployees(session) || !session.officeId) return null;
  return session.officeId;
}

/** For queries: the caller's office id, or OfficeAccessError. */
export function assertOffice(session: Session): string {
  const officeId = officeOf(session);
  if (!officeId) throw new OfficeAccessError("office.employees is not allowed for this session");
  return officeId;
}

export type OwnEmployee = {
  id: string;
  loginId: string;
  displayName: string;
  email: string;
  locale: "ja" | "en";
};

/** The employee, when `employeeId` names one of a client company of `officeId`; else null. */
export async function findOwnEmployee(officeId: string, employeeId: unknown): Promise<OwnEmployee | null> {
  if (!isRecordId(employeeId)) return null;
  return getDb().account.findFirst({
    where: { id: employeeId, role: "EMPLOYEE", company: { officeId } },
    select: { id: true, loginId: true, displayName: true, email: true, locale: true },
  });
}
