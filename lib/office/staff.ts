/**
 * 事務所スタッフのロック解除: an office administrator (Account.isOfficeAdmin)
 * unlocks a locked sharoushi account of the same office — nobody else can, as
 * the employee area only reaches employees. The permission is read from the
 * database at each call, not from the session, so taking it away takes effect
 * at once. Audit-logged with the staff member as subject and the administrator
 * as actor; the staff member is told by e-mail.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session";
import { BUCKETS, bucketLocked, lockedBuckets, resetFailures } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { officeUnlockedMail } from "@/lib/mail/office-templates";
import { officeOf } from "./access";

export type LockedStaff = { id: string; loginId: string; displayName: string };
export type StaffUnlockResult = { ok: true; notified: boolean } | { ok: false; error: "forbidden" | "not_found" | "not_locked" };

/** The caller's office when the caller is a full-mode sharoushi session of an office administrator; else null. */
export async function adminOffice(session: Session): Promise<string | null> {
  const officeId = officeOf(session);
  if (!officeId) return null;
  const actor = await getDb().account.findUnique({ where: { id: session.accountId }, select: { isOfficeAdmin: true, officeId: true, disabled: true } });
  return actor?.isOfficeAdmin && !actor.disabled && actor.officeId === officeId ? officeId : null;
}

/** Whether the page shows the staff section (only to office administrators). */
export async function isOfficeAdmin(session: Session): Promise<boolean> {
  return (await adminOffice(session)) !== null;
}

/** The office's staff accounts that are locked now; empty for anyone but an office administrator. */
export async function listLockedStaff(session: Session, now: Date): Promise<LockedStaff[]> {
  const officeId = await adminOffice(session);
  if (!officeId) return [];
  const staff = await getDb().account.findMany({
    where: { role: "SHAROUSHI", officeId, disabled: false },
    select: { id: true, loginId: true, displayName: true },
    orderBy: { loginId: "asc" },
  });
  const throttles = await getDb().authThrottle.findMany({ where: { accountId: { in: staff.map((s) => s.id) } } });
  const locked = new Set(throttles.filter((t) => bucketLocked(t, now)).map((t) => t.accountId));
  return staff.filter((s) => locked.has(s.id));
}

/** ロック解除 of a staff account: every failure bucket starts again from zero. */
export async function unlockStaff(session: Session, staffId: unknown, req: RequestInfo, now: Date): Promise<StaffUnlockResult> {
  const officeId = await adminOffice(session);
  const target = officeId && typeof staffId === "string" && staffId.length <= 64
    ? await getDb().account.findFirst({ where: { id: staffId, role: "SHAROUSHI", officeId }, select: { id: true, loginId: true, email: true, locale: true } })
    : null;
  const actor = { accountId: session.accountId, loginId: session.loginId };
  if (!officeId || !target) {
    const reason = officeId ? "not_found" : "forbidden";
    await audit("office.refused", actor, req, { action: "unlock_staff", target: typeof staffId === "string" ? staffId.slice(0, 64) : null, reason });
    return { ok: false, error: reason };
  }
  const buckets = await lockedBuckets(target.id, now);
  if (buckets.length === 0) return { ok: false, error: "not_locked" };
  await resetFailures(target.id, [...BUCKETS]);
  const sent = await sendMail({ to: target.email, ...officeUnlockedMail(target.locale, { loginId: target.loginId }) });
  await audit("account.unlocked", { accountId: target.id, loginId: target.loginId }, req, {
    by: "office_admin", actorAccountId: session.accountId, actorLoginId: session.loginId, buckets, notified: sent.ok,
  });
  return { ok: true, notified: sent.ok };
}
