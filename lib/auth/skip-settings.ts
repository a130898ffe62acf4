/**
 * 各種設定 → ワンタイムパスワード入力省略設定, for the signed-in account only
 * (full mode). Every function is given the session (the page or the action
 * client checked it) and touches only the records of the session's own account;
 * the records live in remembered-browser.ts.
 */
import "server-only";
import { cookies } from "next/headers";
import { audit } from "./audit";
import { maySkipSecondFactor } from "./policy";
import {
  listRememberedBrowsers,
  rememberedBrowserIdOf,
  revokeAllRememberedBrowsers,
  revokeRememberedBrowser,
  skipCookieName,
  type RememberedBrowserView,
} from "./remembered-browser";
import type { RequestInfo } from "./request-info";
import type { Session } from "./session-store";

export const SKIP_SETTINGS_PATH = "/settings/skip";

export type SkipSettings =
  | { available: false; loginId: string }
  | { available: true; loginId: string; browsers: (RememberedBrowserView & { thisBrowser: boolean })[] };

export async function skipSettings(session: Session, now: Date): Promise<SkipSettings> {
  if (!maySkipSecondFactor(session.role)) return { available: false, loginId: session.loginId };
  const thisId = await rememberedBrowserIdOf(session.accountId, (await cookies()).get(skipCookieName(session.accountId))?.value, now);
  const browsers = await listRememberedBrowsers(session.accountId, now);
  return { available: true, loginId: session.loginId, browsers: browsers.map((b) => ({ ...b, thisBrowser: b.id === thisId })) };
}

/** Cancels one browser's skip — only if it is this account's (the id alone is not trusted). */
export async function revokeOneSkip(session: Session, id: string, req: RequestInfo, now: Date): Promise<boolean> {
  const done = await revokeRememberedBrowser(session.accountId, id, now);
  await audit(done ? "skip.revoked" : "skip.rejected", { accountId: session.accountId, loginId: session.loginId }, req, done ? { browser: id } : { reason: "revoke_not_found" });
  return done;
}

/**
 * 「ワンタイムパスワードの入力を再開する」→[完了]: every browser of this account, lost devices included.
 * With no live skip (the page shows なし and the button disabled) there is nothing to resume: refused
 * and logged, nothing written (R-SKIP-9). Returns how many were cancelled, or null when refused.
 */
export async function revokeAllSkips(session: Session, req: RequestInfo, now: Date): Promise<number | null> {
  const who = { accountId: session.accountId, loginId: session.loginId };
  if (!maySkipSecondFactor(session.role) || (await listRememberedBrowsers(session.accountId, now)).length === 0) {
    await audit("skip.rejected", who, req, { reason: "nothing_to_resume" });
    return null;
  }
  const count = await revokeAllRememberedBrowsers(session.accountId, now);
  await audit("skip.revoked_all", who, req, { count });
  return count;
}
