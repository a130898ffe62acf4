/**
 * The office makes and stops employee accounts: one by form (then invites it),
 * disable / re-enable (an additional account too), and (re)send an invitation
 * to an account that has not set its password yet. Each checks the session and
 * that the target is the office's (access.ts): another office's ID reads as one
 * that does not exist. Audit-logged with the employee as subject and the
 * sharoushi as actor.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sendInvitation, type SendInvitationResult } from "@/lib/account/invitation";
import { audit } from "@/lib/auth/audit";
import { dummyPasswordHash } from "@/lib/auth/password";
import { revokeAllRememberedBrowsers } from "@/lib/auth/remembered-browser";
import type { RequestInfo } from "@/lib/auth/request-info";
import { revokeSessions } from "@/lib/auth/revoke";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { assertOffice } from "./access";
import { employeeLoginId, type EmployeeInput } from "./employee-fields";

export type EmployeeAdminError = "not_found" | "company_disabled" | "number_taken" | "not_awaiting" | "cooldown" | "mail_failed";
const actorOf = (s: Session) => ({ accountId: s.accountId, loginId: s.loginId });

async function refuse(session: Session, req: RequestInfo, action: string, target: unknown) {
  await audit("office.refused", actorOf(session), req, { action, target: isRecordId(target) ? target : null, reason: "not_found" });
  return { ok: false as const, error: "not_found" as const };
}

/**
 * The hash stored for an account nobody has chosen a password for: a real hash of a
 * random secret the process never keeps (the one the sign-in checks unknown IDs
 * against), so no password opens it and it costs a sign-in attempt the usual time.
 */
export const unusablePasswordHash = dummyPasswordHash;

/** An employee of a client company of the office, for the actions below. */
async function ownAccount(officeId: string, accountId: unknown) {
  if (!isRecordId(accountId)) return null;
  return getDb().account.findFirst({
    where: { id: accountId, role: "EMPLOYEE", company: { officeId } },
    select: { id: true, loginId: true, email: true, locale: true, disabled: true, awaitingInvitation: true, company: { select: { name: true, disabled: true } } },
  });
}

export type CreateEmployeeResult = { ok: true; id: string; invitation: SendInvitationResult } | { ok: false; error: EmployeeAdminError };

export async function createEmployee(session: Session, companyId: unknown, input: EmployeeInput, req: RequestInfo, now: Date): Promise<CreateEmployeeResult> {
  const officeId = assertOffice(session);
  const company = isRecordId(companyId) ? await getDb().company.findFirst({ where: { id: companyId, officeId }, select: { id: true, code: true, name: true, disabled: true } }) : null;
  if (!company) return refuse(session, req, "create_employee", companyId);
  if (company.disabled) return { ok: false, error: "company_disabled" };
  const loginId = employeeLoginId(company.code, input.employeeNumber);
  let account: { id: string };
  try {
    account = await getDb().account.create({
      data: {
        loginId, role: "EMPLOYEE", companyId: company.id, employeeNumber: input.employeeNumber, displayName: input.name, furigana: input.furigana,
        email: input.email, isHrStaff: input.isHrStaff, passwordHash: await unusablePasswordHash(), awaitingInvitation: true,
      },
      select: { id: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return { ok: false, error: "number_taken" };
    throw err;
  }
  await audit("account.created", { accountId: account.id, loginId }, req, { by: "office", actorAccountId: session.accountId, actorLoginId: session.loginId, companyId: company.id });
  const invitation = await sendInvitation({ id: account.id, loginId, email: input.email, locale: "ja", companyName: company.name }, actorOf(session), req, now);
  return { ok: true, id: account.id, invitation };
}

/** 招待メールを送る / 再送: only while the account has not set its password. */
export async function inviteEmployee(session: Session, employeeId: unknown, req: RequestInfo, now: Date): Promise<{ ok: true; expiresAt: Date } | { ok: false; error: EmployeeAdminError }> {
  const officeId = assertOffice(session);
  const target = await ownAccount(officeId, employeeId);
  if (!target) return refuse(session, req, "invite_employee", employeeId);
  if (!target.awaitingInvitation || target.disabled) return { ok: false, error: "not_awaiting" };
  if (target.company?.disabled) return { ok: false, error: "company_disabled" };
  const sent = await sendInvitation({ ...target, companyName: target.company?.name ?? "" }, actorOf(session), req, now);
  if (sent.ok) return sent;
  return { ok: false, error: sent.reason === "cooldown" ? "cooldown" : "mail_failed" };
}

/**
 * 利用停止 / 利用再開 of an employee or an additional account. Disabling also ends its
 * sessions, sign-ins under way and skips at once (ACCOUNT_UNUSABLE would stop them at
 * the next request anyway; re-enabling must not bring them back).
 */
export async function setEmployeeDisabled(session: Session, employeeId: unknown, disabled: boolean, req: RequestInfo, now: Date): Promise<{ ok: true } | { ok: false; error: EmployeeAdminError }> {
  const officeId = assertOffice(session);
  const target = await ownAccount(officeId, employeeId);
  if (!target) return refuse(session, req, disabled ? "disable_employee" : "enable_employee", employeeId);
  await getDb().$transaction(async (tx) => {
    await tx.account.update({ where: { id: target.id }, data: { disabled } });
    if (disabled) {
      await revokeSessions(target.id, {}, now, tx);
      await revokeAllRememberedBrowsers(target.id, now, tx);
    }
  });
  await audit(disabled ? "account.disabled" : "account.enabled", { accountId: target.id, loginId: target.loginId }, req, {
    by: "office", actorAccountId: session.accountId, actorLoginId: session.loginId,
  });
  return { ok: true };
}
