/**
 * Cookie flags shared by every cookie of ours. Secure in production (browsers
 * accept Secure cookies on http://localhost too); COOKIE_SECURE overrides.
 */
export function cookieSecure(): boolean {
  if (process.env.COOKIE_SECURE === "true") return true;
  if (process.env.COOKIE_SECURE === "false") return false;
  return process.env.NODE_ENV === "production";
}
