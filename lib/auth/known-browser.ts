/**
 * "This browser has signed in to this account before" (KnownBrowser rows),
 * used only to choose the failure bucket of a password attempt (throttle.ts).
 *
 * The cookie `tobira_known` holds random tokens (256 bits each, one per account
 * that signed in on this browser, at most MAX_TOKENS), nothing readable and
 * nothing shared between browsers. The server keeps each token's hash bound
 * to its account, with an expiry and the last use, and its row decides. Every
 * sign-in on the browser replaces that account's token (a copy taken earlier
 * goes stale); a password change and a two-factor reset end all of them.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { withSideWrites } from "@/lib/database/side-writes";
import { utc } from "@/lib/database/sql-time";
import { type DbClient, getDb } from "@/lib/db";
import { randomToken, sha256 } from "./crypto";


export const KNOWN_BROWSER_COOKIE = "tobira_known";
/** A browser stays known this long after its last sign-in. */
export const KNOWN_BROWSER_DAYS = 180;
const MAX_TOKENS = 10;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;

function tokenHash(token: string): string {
  return sha256(`known-browser:${token}`);
}

/** The well-formed tokens of a cookie value, in order; anything else is dropped. */
export function parseKnownTokens(value: string | undefined): string[] {
  if (!value || value.length > MAX_TOKENS * 44 + 44) return [];
  return [...new Set(value.split("."))].filter((t) => TOKEN_SHAPE.test(t)).slice(0, MAX_TOKENS);
}

/** Whether the cookie holds a live token of this account (and marks its use). */
export async function isKnownBrowser(cookieValue: string | undefined, accountId: string, now: Date): Promise<boolean> {
  const hashes = parseKnownTokens(cookieValue).map(tokenHash);
  if (hashes.length === 0) return false;
  const { count } = await getDb().knownBrowser.updateMany({
    where: { tokenHash: { in: hashes }, accountId, expiresAt: { gt: now } },
    data: { lastUsedAt: now },
  });
  return count > 0;
}

/**
 * After a completed sign-in: a fresh token for this account on this browser,
 * in place of the one it had; the other accounts' live tokens are kept. Returns
 * the new cookie value and its expiry.
 */
export async function rememberKnownBrowser(cookieValue: string | undefined, accountId: string, now: Date): Promise<{ value: string; expiresAt: Date }> {
  const db = getDb();
  const tokens = parseKnownTokens(cookieValue);
  const rows = tokens.length
    ? await db.knownBrowser.findMany({ where: { tokenHash: { in: tokens.map(tokenHash) } }, select: { tokenHash: true, accountId: true, expiresAt: true } })
    : [];
  const byHash = new Map(rows.map((r) => [r.tokenHash, r]));
  const others = tokens.filter((t) => {
    const row = byHash.get(tokenHash(t));
    return !!row && row.accountId !== accountId && row.expiresAt > now;
  });
  const kept = others.slice(0, MAX_TOKENS - 1);
  const dropped = tokens.filter((t) => !kept.includes(t)).map(tokenHash);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + KNOWN_BROWSER_DAYS * DAY_MS);
  // One statement (atomic, one round trip): this account's old token on this browser, tokens pushed
  // out of the cookie and the account's expired ones go; the new token comes.
  await db.$executeRaw(withSideWrites(
    [Prisma.sql`DELETE FROM "KnownBrowser" WHERE "tokenHash" = ANY(${dropped}::text[]) OR ("accountId" = ${accountId} AND "expiresAt" <= ${utc(now)})`],
    Prisma.sql`INSERT INTO "KnownBrowser" ("id", "accountId", "tokenHash", "createdAt", "expiresAt")
      VALUES (${randomUUID()}, ${accountId}, ${tokenHash(token)}, ${utc(now)}, ${utc(expiresAt)})`,
  ));
  return { value: [token, ...kept].join("."), expiresAt };
}

/** Every browser of the account stops being known (a password change, a reset). */
export async function forgetKnownBrowsers(accountId: string, db: DbClient = getDb()): Promise<number> {
  const { count } = await db.knownBrowser.deleteMany({ where: { accountId } });
  return count;
}
