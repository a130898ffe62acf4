/**
 * ワンタイムパスワード入力の省略 (docs/requirements.md R-SKIP-3 to R-SKIP-8):
 * per account, per browser, 90 days from when it was set. Each account has its own cookie (its name is an
 * opaque tag of the account), whose value is only a random identifier (256 bits)
 * and the expiry. The server keeps the identifier's hash bound to the account,
 * with its own expiry, and its record decides: a tampered, expired, revoked or
 * other account's cookie is ignored, and logged. Sharoushi accounts never skip.
 */
import "server-only";
import Bowser from "bowser";
import { type DbClient, getDb } from "@/lib/db";
import { audit } from "./audit";
import { randomToken, sha256 } from "./crypto";
import { maySkipSecondFactor, type Role } from "./policy";
import type { RequestInfo } from "./request-info";
import { formatSkipCookie, parseSkipCookie, skipCookieName } from "./skip-cookie";

import { SKIP_DAYS } from "./skip-cookie";

export { parseSkipCookie, SKIP_DAYS, skipCookieName } from "./skip-cookie";
const DAY_MS = 86_400_000;

export function browserLabel(userAgent: string): string {
  if (!userAgent) return "unknown";
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  const os = [parsed.os.name, parsed.os.versionName ?? parsed.os.version?.split(".")[0]].filter(Boolean).join(" ");
  return [browser || "unknown", os].filter(Boolean).join(" / ").slice(0, 80);
}

/** A new skip for this browser, or null for an account that may never skip (sharoushi). */
export async function rememberBrowser(account: { id: string; role: Role }, req: RequestInfo, now: Date) {
  if (!maySkipSecondFactor(account.role)) return null;
  const accountId = account.id;
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SKIP_DAYS * DAY_MS);
  await getDb().rememberedBrowser.create({
    data: { accountId, tokenHash: sha256(token), createdAt: now, expiresAt, label: browserLabel(req.userAgent) },
  });
  return {
    name: skipCookieName(accountId),
    value: formatSkipCookie(token, expiresAt),
    expiresAt,
  };
}

export type SkipCheck = "skip" | "absent" | "rejected";

/** Whether this browser's cookie lets the account skip the code now. */
export async function checkSkip(
  account: { id: string; loginId: string; role: Role },
  cookieValue: string | undefined,
  req: RequestInfo,
  now: Date,
): Promise<SkipCheck> {
  if (!cookieValue) return "absent";
  const reject = async (reason: string) => {
    await audit("skip.rejected", { accountId: account.id, loginId: account.loginId }, req, { reason });
    return "rejected" as const;
  };
  if (!maySkipSecondFactor(account.role)) return reject("role");
  const parsed = parseSkipCookie(cookieValue);
  if (!parsed) return reject("malformed");
  const db = getDb();
  const row = await db.rememberedBrowser.findUnique({ where: { tokenHash: sha256(parsed.token) } });
  if (!row) return reject("unknown");
  if (row.accountId !== account.id) return reject("other_account");
  if (row.revokedAt) return reject("revoked");
  if (row.expiresAt <= now) return reject("expired");
  await db.rememberedBrowser.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  await audit("skip.used", { accountId: account.id, loginId: account.loginId }, req, { browser: row.id });
  return "skip";
}

export type RememberedBrowserView = { id: string; label: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date; daysLeft: number };

export async function listRememberedBrowsers(accountId: string, now: Date): Promise<RememberedBrowserView[]> {
  const rows = await getDb().rememberedBrowser.findMany({
    where: { accountId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    expiresAt: r.expiresAt,
    daysLeft: Math.max(0, Math.ceil((r.expiresAt.getTime() - now.getTime()) / DAY_MS)),
  }));
}

export async function revokeRememberedBrowser(accountId: string, id: string, now: Date): Promise<boolean> {
  const { count } = await getDb().rememberedBrowser.updateMany({ where: { id, accountId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

export async function revokeAllRememberedBrowsers(accountId: string, now: Date, db: DbClient = getDb()): Promise<number> {
  const { count } = await db.rememberedBrowser.updateMany({ where: { accountId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** The record this browser's cookie names for the account, if it is still live (to mark "this browser"). */
export async function rememberedBrowserIdOf(accountId: string, cookieValue: string | undefined, now: Date): Promise<string | null> {
  const parsed = parseSkipCookie(cookieValue);
  if (!parsed) return null;
  const row = await getDb().rememberedBrowser.findUnique({ where: { tokenHash: sha256(parsed.token) }, select: { id: true, accountId: true, revokedAt: true, expiresAt: true } });
  return row && row.accountId === accountId && !row.revokedAt && row.expiresAt > now ? row.id : null;
}
