/**
 * Whether this deployment is served over HTTPS, as configured (COOKIE_SECURE),
 * never guessed from a request header a client can write (X-Forwarded-Proto).
 * It decides the Secure flag of every cookie — ours (lib/auth/cookies.ts) and
 * next-auth's session cookie (lib/auth/config.ts) — and whether
 * Strict-Transport-Security is sent (lib/http/security-headers.ts).
 * No server-only imports: proxy.ts reads it too.
 */
export function cookieSecure(): boolean {
  if (process.env.COOKIE_SECURE === "true") return true;
  if (process.env.COOKIE_SECURE === "false") return false;
  return process.env.NODE_ENV === "production";
}
