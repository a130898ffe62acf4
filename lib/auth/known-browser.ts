/**
 * "This browser has signed in to this account before": a cookie of signed,
 * opaque tags (an HMAC of the account id, nothing readable), used only to
 * choose the failure bucket of a password attempt (throttle.ts).
 */
import { getSecrets } from "./secrets";
import { hmac } from "./crypto";

export const KNOWN_BROWSER_COOKIE = "tobira_known";
const MAX_TAGS = 10;

export function knownTag(accountId: string): string {
  return hmac(getSecrets().authSecret, `known-browser:${accountId}`).slice(0, 22);
}

export function parseKnownTags(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(".").filter((t) => /^[A-Za-z0-9_-]{22}$/.test(t)).slice(0, MAX_TAGS);
}

export function isKnownBrowser(value: string | undefined, accountId: string): boolean {
  return parseKnownTags(value).includes(knownTag(accountId));
}

/** The cookie value with this account's tag first (most recent kept). */
export function withKnownTag(value: string | undefined, accountId: string): string {
  const tag = knownTag(accountId);
  return [tag, ...parseKnownTags(value).filter((t) => t !== tag)].slice(0, MAX_TAGS).join(".");
}
