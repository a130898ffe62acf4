/**
 * 追加アカウント: a main account (an employee account that is not itself an
 * additional one, in a full session) lists, creates, renames and disables its
 * own additional accounts. Each has its own login ID (`<main ID>-<n>`), e-mail
 * address, password, second factor and skip cookies. Every function reloads
 * the caller from the database and touches only rows whose mainAccountId is
 * the caller: IDs from a form are never trusted.
 *
 * Creating one is a sensitive action: the main account's current password is
 * asked again (reauth.ts), so a session left open cannot add a way in.
 * A new account gets a server-made initial password, returned once for the
 * page to show and never stored in clear, with mustChangePassword set.
 * Disabling ends its sessions, skips and sign-ins in progress at once.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import { hashPassword } from "@/lib/auth/password";
import { EMPLOYEE_LOGIN_ID, mayOwnAdditionalAccounts, modeAllows } from "@/lib/auth/policy";
import type { RequestInfo } from "@/lib/auth/request-info";
import { revokeAllRememberedBrowsers } from "@/lib/auth/remembered-browser";
import { revokeSessions } from "@/lib/auth/revoke";
import type { Session } from "@/lib/auth/session-store";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { sendMail } from "@/lib/mail/send";
import { additionalAccountCreatedMail } from "@/lib/mail/self-service-templates";
import { isPlausibleEmail, normaliseEmail } from "./email-change";
import { generateInitialPassword } from "./initial-password";
import { confirmOwnPassword } from "./reauth";

/** Enough for a family of roles in one company; the login ID format allows up to 999. */
export const MAX_ADDITIONAL_ACCOUNTS = 20;
export const DISPLAY_NAME_MAX = 50;

export class AdditionalAccountsNotAllowed extends Error {
  override name = "AdditionalAccountsNotAllowed";
}

export type AdditionalAccountView = { id: string; loginId: string; displayName: string; email: string; disabled: boolean; createdAt: Date };

type Owner = { id: string; loginId: string; companyId: string | null; locale: "ja" | "en" };

async function loadOwner(session: Session): Promise<Owner> {
  if (!modeAllows(session.mode, "accounts.additional")) throw new AdditionalAccountsNotAllowed("a full session is needed");
  const row = await getDb().account.findUnique({
    where: { id: session.accountId },
    select: { id: true, loginId: true, role: true, mainAccountId: true, companyId: true, locale: true, disabled: true },
  });
  if (!row || row.disabled || !mayOwnAdditionalAccounts(row)) throw new AdditionalAccountsNotAllowed("not a main account");
  return { id: row.id, loginId: row.loginId, companyId: row.companyId, locale: row.locale };
}

/** Whether the settings page should offer 追加アカウント to this session at all. */
export async function mayManageAdditionalAccounts(session: Session): Promise<boolean> {
  try {
    await loadOwner(session);
    return true;
  } catch (err) {
    if (err instanceof AdditionalAccountsNotAllowed) return false;
    throw err;
  }
}

export function normaliseDisplayName(input: string): string {
  return input.normalize("NFC").replace(/\s+/g, " ").trim();
}

function validDisplayName(name: string): boolean {
  return name.length > 0 && [...name].length <= DISPLAY_NAME_MAX && !/[\u0000-\u001f\u007f]/.test(name);
}

export async function listAdditionalAccounts(session: Session): Promise<AdditionalAccountView[]> {
  const owner = await loadOwner(session);
  return getDb().account.findMany({
    where: { mainAccountId: owner.id },
    select: { id: true, loginId: true, displayName: true, email: true, disabled: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/** The next `<main>-<n>`: one more than the highest n ever used (disabled accounts keep theirs). */
export function nextAdditionalLoginId(mainLoginId: string, existing: string[]): string | null {
  const prefix = `${mainLoginId}-`;
  const used = existing.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length))).filter((n) => Number.isInteger(n) && n > 0);
  const candidate = `${prefix}${Math.max(0, ...used) + 1}`;
  return EMPLOYEE_LOGIN_ID.test(candidate) ? candidate : null;
}

export type CreateError = "invalid_name" | "invalid_email" | "wrong_password" | "locked" | "limit_reached" | "id_unavailable";
export type CreateResult = { ok: true; id: string; loginId: string; initialPassword: string } | { ok: false; error: CreateError };

export async function createAdditionalAccount(
  session: Session,
  input: { displayName: string; email: string; password: string },
  req: RequestInfo,
  now: Date,
): Promise<CreateResult> {
  const owner = await loadOwner(session);
  const displayName = normaliseDisplayName(input.displayName);
  const email = normaliseEmail(input.email);
  // The form's rules first: they are public, so a refusal here costs no password attempt.
  if (!validDisplayName(displayName)) return { ok: false, error: "invalid_name" };
  if (!isPlausibleEmail(email)) return { ok: false, error: "invalid_email" };
  const check = await confirmOwnPassword({ accountId: owner.id, loginId: owner.loginId }, input.password, "additional_account", req, now);
  if (check !== "ok") return { ok: false, error: check };

  const db = getDb();
  const initialPassword = generateInitialPassword(owner.loginId);
  const passwordHash = await hashPassword(initialPassword);
  const created = await db.$transaction(async (tx) => {
    // Creations under one main account run one at a time, so two never pick the same number.
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${owner.id} FOR UPDATE`;
    const existing = await tx.account.findMany({ where: { OR: [{ mainAccountId: owner.id }, { loginId: { startsWith: `${owner.loginId}-` } }] }, select: { loginId: true, mainAccountId: true } });
    if (existing.filter((a) => a.mainAccountId === owner.id).length >= MAX_ADDITIONAL_ACCOUNTS) return "limit_reached" as const;
    const loginId = nextAdditionalLoginId(owner.loginId, existing.map((a) => a.loginId));
    if (!loginId) return "id_unavailable" as const;
    return tx.account.create({
      data: {
        loginId,
        role: "EMPLOYEE",
        displayName,
        email,
        passwordHash,
        mustChangePassword: true,
        locale: owner.locale,
        companyId: owner.companyId,
        mainAccountId: owner.id,
      },
      select: { id: true, loginId: true },
    });
  });
  if (typeof created === "string") return { ok: false, error: created };
  await audit("account.created", { accountId: owner.id, loginId: owner.loginId }, req, { kind: "additional", target: created.id, targetLoginId: created.loginId });
  await sendMail({ to: email, ...additionalAccountCreatedMail(owner.locale, { loginId: created.loginId, mainLoginId: owner.loginId }) });
  return { ok: true, id: created.id, loginId: created.loginId, initialPassword };
}

export type ChangeError = "not_found" | "invalid_name";

export async function renameAdditionalAccount(session: Session, id: string, rawName: string, req: RequestInfo): Promise<{ ok: true } | { ok: false; error: ChangeError }> {
  const owner = await loadOwner(session);
  const displayName = normaliseDisplayName(rawName);
  if (!validDisplayName(displayName)) return { ok: false, error: "invalid_name" };
  if (!isRecordId(id)) return { ok: false, error: "not_found" };
  const { count } = await getDb().account.updateMany({ where: { id, mainAccountId: owner.id }, data: { displayName } });
  if (count !== 1) return { ok: false, error: "not_found" };
  await audit("account.updated", { accountId: owner.id, loginId: owner.loginId }, req, { kind: "additional", target: id, change: "display_name" });
  return { ok: true };
}

export async function disableAdditionalAccount(session: Session, id: string, req: RequestInfo, now: Date): Promise<{ ok: true } | { ok: false; error: "not_found" }> {
  const owner = await loadOwner(session);
  if (!isRecordId(id)) return { ok: false, error: "not_found" };
  const db = getDb();
  const target = await db.account.findFirst({ where: { id, mainAccountId: owner.id }, select: { id: true, loginId: true } });
  if (!target) return { ok: false, error: "not_found" };
  const { count } = await db.account.updateMany({ where: { id: target.id, mainAccountId: owner.id, disabled: false }, data: { disabled: true } });
  // Disabled already (a double click): still make sure nothing of it lives on.
  await revokeSessions(target.id, {}, now);
  await revokeAllRememberedBrowsers(target.id, now);
  if (count === 1) {
    await audit("account.disabled", { accountId: owner.id, loginId: owner.loginId }, req, { kind: "additional", target: target.id, targetLoginId: target.loginId });
  }
  return { ok: true };
}
