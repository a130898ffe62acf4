/**
 * 事務所スタッフ: an office administrator (Account.isOfficeAdmin, read from the
 * database at each call, staff.ts) lists, creates, disables / re-enables and
 * resets the office's other sharoushi (`A…`) accounts. A new or reset account
 * gets an invitation (lib/account/invitation.ts): no password is set by the
 * administrator or mailed; a reset also ends the account's second factor,
 * sessions and sign-ins, so its next sign-in enrols the Authenticator again.
 * An administrator cannot disable or reset themself. Another office's staff ID
 * reads like one that does not exist. Audit-logged.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { sendInvitation, type SendInvitationResult } from "@/lib/account/invitation";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import { resetSecondFactor } from "@/lib/auth/revoke";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { OfficeAccessError } from "./access";
import { unusablePasswordHash } from "./employee-admin";
import { adminOffice } from "./staff";

export type StaffMember = { id: string; loginId: string; displayName: string; email: string; disabled: boolean; isOfficeAdmin: boolean; awaitingInvitation: boolean; self: boolean };
export type StaffError = "not_found" | "self";

async function requireAdmin(session: Session): Promise<string> {
  const officeId = await adminOffice(session);
  if (!officeId) throw new OfficeAccessError("office staff management needs the office-administrator permission");
  return officeId;
}

const actorOf = (s: Session) => ({ accountId: s.accountId, loginId: s.loginId });

async function refuse(session: Session, req: RequestInfo, action: string, target: unknown, reason: StaffError) {
  await audit("office.refused", actorOf(session), req, { action, target: isRecordId(target) ? target : null, reason });
  return { ok: false as const, error: reason };
}

export async function listStaff(session: Session): Promise<StaffMember[]> {
  const officeId = await requireAdmin(session);
  const rows = await getDb().account.findMany({
    where: { role: "SHAROUSHI", officeId },
    orderBy: { loginId: "asc" },
    select: { id: true, loginId: true, displayName: true, email: true, disabled: true, isOfficeAdmin: true, awaitingInvitation: true },
  });
  return rows.map((r) => ({ ...r, self: r.id === session.accountId }));
}

async function ownStaff(officeId: string, staffId: unknown) {
  if (!isRecordId(staffId)) return null;
  return getDb().account.findFirst({
    where: { id: staffId, role: "SHAROUSHI", officeId },
    select: { id: true, loginId: true, email: true, locale: true, office: { select: { name: true } } },
  });
}

/** A new `A` + 7 digits login ID; a clash (1 in millions) is simply drawn again. */
async function createWithFreshLoginId(data: (loginId: string) => Prisma.AccountCreateInput): Promise<{ id: string; loginId: string }> {
  for (let attempt = 0; ; attempt++) {
    const loginId = `A${String(randomInt(1_000_000, 10_000_000))}`;
    try {
      return await getDb().account.create({ data: data(loginId), select: { id: true, loginId: true } });
    } catch (err) {
      if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") || attempt >= 5) throw err;
    }
  }
}

export type CreateStaffResult = { ok: true; id: string; loginId: string; invitation: SendInvitationResult };

export async function createStaff(session: Session, input: { name: string; email: string }, req: RequestInfo, now: Date): Promise<CreateStaffResult> {
  const officeId = await requireAdmin(session);
  const passwordHash = await unusablePasswordHash();
  const office = await getDb().office.findUniqueOrThrow({ where: { id: officeId }, select: { name: true } });
  const made = await createWithFreshLoginId((loginId) => ({
    loginId, role: "SHAROUSHI", displayName: input.name, email: input.email, passwordHash, awaitingInvitation: true, office: { connect: { id: officeId } },
  }));
  await audit("account.created", { accountId: made.id, loginId: made.loginId }, req, { by: "office_admin", actorAccountId: session.accountId, actorLoginId: session.loginId });
  const invitation = await sendInvitation({ id: made.id, loginId: made.loginId, email: input.email, locale: "ja", companyName: office.name }, actorOf(session), req, now);
  return { ok: true, ...made, invitation };
}

export async function setStaffDisabled(session: Session, staffId: unknown, disabled: boolean, req: RequestInfo, now: Date): Promise<{ ok: true } | { ok: false; error: StaffError }> {
  const officeId = await requireAdmin(session);
  const action = disabled ? "disable_staff" : "enable_staff";
  if (staffId === session.accountId) return refuse(session, req, action, staffId, "self");
  const target = await ownStaff(officeId, staffId);
  if (!target) return refuse(session, req, action, staffId, "not_found");
  await getDb().$transaction(async (tx) => {
    await tx.account.update({ where: { id: target.id }, data: { disabled } });
    if (disabled) await tx.authSession.updateMany({ where: { accountId: target.id, revokedAt: null }, data: { revokedAt: now } });
    if (disabled) await tx.loginFlow.deleteMany({ where: { accountId: target.id, completedAt: null } });
  });
  await audit(disabled ? "account.disabled" : "account.enabled", { accountId: target.id, loginId: target.loginId }, req, {
    by: "office_admin", actorAccountId: session.accountId, actorLoginId: session.loginId,
  });
  return { ok: true };
}

/**
 * リセット: the password no longer works (a new invitation sets one), and the second
 * factor, recovery codes, sessions and sign-ins under way end.
 */
export async function resetStaff(session: Session, staffId: unknown, req: RequestInfo, now: Date): Promise<{ ok: true; invitation: SendInvitationResult } | { ok: false; error: StaffError }> {
  const officeId = await requireAdmin(session);
  if (staffId === session.accountId) return refuse(session, req, "reset_staff", staffId, "self");
  const target = await ownStaff(officeId, staffId);
  if (!target) return refuse(session, req, "reset_staff", staffId, "not_found");
  await getDb().account.update({ where: { id: target.id }, data: { passwordHash: await unusablePasswordHash(), awaitingInvitation: true, mustChangePassword: false } });
  await resetSecondFactor(target.id, {}, now);
  await audit("two_factor.reset", { accountId: target.id, loginId: target.loginId }, req, { by: "office_admin", actorAccountId: session.accountId, actorLoginId: session.loginId, password: "reset" });
  const invitation = await sendInvitation({ ...target, companyName: target.office?.name ?? "" }, actorOf(session), req, now);
  return { ok: true, invitation };
}
