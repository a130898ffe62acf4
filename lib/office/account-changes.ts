/**
 * 従業員アカウント管理, write side: what the office does for an employee who
 * cannot help themselves (docs/requirements.md R-RESET-3, R-ADDR-2) — reset the
 * second factor, unlock the account (R-LIMIT-2), change the address codes go to. Each checks the session
 * and the target (access.ts) itself, is audit-logged with the employee as
 * subject and the sharoushi as actor, and tells the employee by e-mail.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { audit } from "@/lib/auth/audit";
import { maskEmail } from "@/lib/auth/email-code";
import type { RequestInfo } from "@/lib/auth/request-info";
import { resetSecondFactor } from "@/lib/auth/revoke";
import { endCodesMailedBefore } from "@/lib/account/email-change";
import type { Session } from "@/lib/auth/session";
import { BUCKETS, lockedBuckets, resetFailures } from "@/lib/auth/throttle";
import { isRecordId } from "@/lib/http/record-id";
import { sendMail } from "@/lib/mail/send";
import {
  officeEmailChangedNewMail, officeEmailChangedOldMail, officeResetSecondFactorMail, officeUnlockedMail,
} from "@/lib/mail/office-templates";
import { findOwnEmployee, officeOf, type OwnEmployee } from "./access";
import { parseEmployeeEmail, sameEmail } from "./email-address";

export type OfficeChangeError = "forbidden" | "not_found" | "not_locked" | "invalid_email" | "same_email" | "conflict";
export type OfficeChangeResult = { ok: true; notified: boolean } | { ok: false; error: OfficeChangeError };

type Action = "reset_second_factor" | "unlock" | "change_email";

/** The caller and the target, or the reason to refuse; every refusal is logged. */
async function resolve(
  session: Session,
  employeeId: unknown,
  action: Action,
  req: RequestInfo,
): Promise<{ ok: true; actor: Session; employee: OwnEmployee } | { ok: false; error: "forbidden" | "not_found" }> {
  const officeId = officeOf(session);
  const employee = officeId ? await findOwnEmployee(officeId, employeeId) : null;
  if (officeId && employee) return { ok: true, actor: session, employee };
  await audit("office.refused", { accountId: session.accountId, loginId: session.loginId }, req, {
    action,
    // Only an ID-shaped target is logged: the rest is whatever the request carried.
    target: isRecordId(employeeId) ? employeeId : null,
    reason: officeId ? "not_found" : "forbidden",
  });
  return { ok: false, error: officeId ? "not_found" : "forbidden" };
}

function actorDetail(actor: Session) {
  return { by: "office", actorAccountId: actor.accountId, actorLoginId: actor.loginId };
}

/** 2要素認証初期化: no TOTP, recovery codes, skips or sessions; the next full sign-in enrols again. */
export async function resetEmployeeSecondFactor(session: Session, employeeId: unknown, req: RequestInfo, now: Date): Promise<OfficeChangeResult> {
  const target = await resolve(session, employeeId, "reset_second_factor", req);
  if (!target.ok) return target;
  const { actor, employee } = target;
  await resetSecondFactor(employee.id, {}, now); // sign-ins under way end too
  const sent = await sendMail({ to: employee.email, ...officeResetSecondFactorMail(employee.locale, { loginId: employee.loginId }) });
  await audit("two_factor.reset", { accountId: employee.id, loginId: employee.loginId }, req, { ...actorDetail(actor), notified: sent.ok });
  return { ok: true, notified: sent.ok };
}

/** ロック解除: every failure bucket of the account starts again from zero. */
export async function unlockEmployee(session: Session, employeeId: unknown, req: RequestInfo, now: Date): Promise<OfficeChangeResult> {
  const target = await resolve(session, employeeId, "unlock", req);
  if (!target.ok) return target;
  const { actor, employee } = target;
  const buckets = await lockedBuckets(employee.id, now);
  if (buckets.length === 0) return { ok: false, error: "not_locked" };
  await resetFailures(employee.id, [...BUCKETS]);
  const sent = await sendMail({ to: employee.email, ...officeUnlockedMail(employee.locale, { loginId: employee.loginId }) });
  await audit("account.unlocked", { accountId: employee.id, loginId: employee.loginId }, req, { ...actorDetail(actor), buckets, notified: sent.ok });
  return { ok: true, notified: sent.ok };
}

/**
 * メールアドレス変更 (docs/requirements.md R-ADDR-1, R-ADDR-2: the user cannot
 * change it before signing in; the office does). Both addresses are told; the employee's sessions and skips end. Conditional on the address the
 * office saw, so two parallel changes cannot both report the same old address.
 */
export async function changeEmployeeEmail(
  session: Session,
  employeeId: unknown,
  newEmail: unknown,
  req: RequestInfo,
  now: Date,
): Promise<OfficeChangeResult> {
  const target = await resolve(session, employeeId, "change_email", req);
  if (!target.ok) return target;
  const { actor, employee } = target;
  const email = parseEmployeeEmail(newEmail);
  if (!email) return { ok: false, error: "invalid_email" };
  if (sameEmail(email, employee.email)) return { ok: false, error: "same_email" };
  const db = getDb();
  const { count } = await db.account.updateMany({ where: { id: employee.id, email: employee.email }, data: { email } });
  if (count !== 1) return { ok: false, error: "conflict" };
  // Codes on their way to the old address, a change the employee started, every
  // remembered browser and every session of the employee end here.
  await endCodesMailedBefore(employee.id, {}, now);
  const v = { loginId: employee.loginId };
  const toOld = await sendMail({ to: employee.email, ...officeEmailChangedOldMail(employee.locale, { ...v, maskedNewEmail: maskEmail(email) }) });
  const toNew = await sendMail({ to: email, ...officeEmailChangedNewMail(employee.locale, v) });
  await audit("email.changed", { accountId: employee.id, loginId: employee.loginId }, req, {
    ...actorDetail(actor),
    from: maskEmail(employee.email),
    to: maskEmail(email),
    notifiedOld: toOld.ok,
    notifiedNew: toNew.ok,
  });
  return { ok: true, notified: toOld.ok && toNew.ok };
}
