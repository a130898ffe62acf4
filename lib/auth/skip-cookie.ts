/**
 * The skip cookie's name and value (ワンタイムパスワード入力の省略). Pure and
 * free of the database so scripts and tests can compute a cookie name too; the
 * records themselves live in remembered-browser.ts alone.
 *
 * - Name: one per account ("tobira_skip_" + an HMAC tag of the account id), so
 *   a main account and its additional accounts never share one
 *   (docs/requirements.md R-SKIP-6),
 *   and the name says nothing about whose it is.
 * - Value: "<identifier>.<expiry in unix seconds>" — a random identifier and the
 *   expiry, nothing personal (R-SKIP-7). The server's record decides, not this.
 */
import { hmac } from "./crypto";
import { getSecrets } from "./secrets";

/** A skip lasts this long from when it was set (docs/requirements.md R-SKIP-3). */
export const SKIP_DAYS = 90;

export const SKIP_COOKIE_PREFIX = "tobira_skip_";

export function skipCookieName(accountId: string): string {
  return SKIP_COOKIE_PREFIX + hmac(getSecrets().authSecret, `skip-cookie:${accountId}`).slice(0, 16);
}

export function formatSkipCookie(token: string, expiresAt: Date): string {
  return `${token}.${Math.floor(expiresAt.getTime() / 1000)}`;
}

/** The identifier (256 bits, base64url) and expiry, or null for anything else. */
export function parseSkipCookie(value: string | undefined): { token: string; expiresAt: Date } | null {
  if (!value || value.length > 60) return null;
  const match = /^([A-Za-z0-9_-]{43})\.(\d{9,11})$/.exec(value);
  if (!match) return null;
  return { token: match[1]!, expiresAt: new Date(Number(match[2]) * 1000) };
}
