/**
 * Setting a new password — the one place that writes a password hash after an
 * account exists. Used by the forced change of an initial password at sign-in
 * and by the password change in settings. A change ends the account's other
 * sessions, its other sign-ins under way and every remembered browser (issue: "a change ends the account's
 * other sessions and its skips"), and the sessions and skips of its additional
 * accounts. The caller has already checked who may do it (current password, or
 * the sign-in flow's stage).
 */
import "server-only";
import { type DbClient, getDb } from "@/lib/db";
import { audit } from "./audit";
import { hashPassword } from "./password";
import { checkNewPassword, type PasswordProblem } from "./password-policy";
import type { RequestInfo } from "./request-info";
import { forgetKnownBrowsers } from "./known-browser";
import { revokeAllRememberedBrowsers } from "./remembered-browser";
import { endAdditionalAccountsAccess, revokeSessions } from "./revoke";

export type SetPasswordResult = { ok: true } | { ok: false; problem: PasswordProblem };

/** Checks and hashes a new password. Slow (argon2): call it before any transaction. */
export async function prepareNewPassword(loginId: string, newPassword: string): Promise<{ ok: true; passwordHash: string } | { ok: false; problem: PasswordProblem }> {
  const problem = checkNewPassword(newPassword, loginId);
  if (problem) return { ok: false, problem };
  return { ok: true, passwordHash: await hashPassword(newPassword) };
}

/**
 * Writes the hash and ends what the old password opened, with `db` — pass the
 * transaction that carries the caller's own change, so both land or neither.
 */
export async function writeNewPassword(
  db: DbClient,
  accountId: string,
  passwordHash: string,
  opts: { keepSid?: string; keepFlowId?: string },
  now: Date,
): Promise<void> {
  await db.account.update({ where: { id: accountId }, data: { passwordHash, mustChangePassword: false } });
  await revokeAllRememberedBrowsers(accountId, now, db);
  // A copied known-browser cookie must not keep the real user's password bucket after the change.
  await forgetKnownBrowsers(accountId, db);
  await revokeSessions(accountId, { exceptSid: opts.keepSid, exceptFlowId: opts.keepFlowId }, now, db);
  await endAdditionalAccountsAccess(accountId, now, db);
}

export async function setNewPassword(
  account: { id: string; loginId: string },
  newPassword: string,
  opts: { keepSid?: string; keepFlowId?: string; req: RequestInfo; reason: "changed" | "initial" },
  now: Date,
): Promise<SetPasswordResult> {
  const prepared = await prepareNewPassword(account.loginId, newPassword);
  if (!prepared.ok) return prepared;
  await getDb().$transaction((tx) => writeNewPassword(tx, account.id, prepared.passwordHash, opts, now));
  await audit("password.changed", { accountId: account.id, loginId: account.loginId }, opts.req, { reason: opts.reason });
  return { ok: true };
}
