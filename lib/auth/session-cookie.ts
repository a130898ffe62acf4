/**
 * The session cookie: its name (next-auth's, `__Secure-` prefixed when cookies are
 * Secure — COOKIE_SECURE, lib/http/secure-transport.ts), HttpOnly, SameSite=Lax,
 * path /, kept for the session's absolute lifetime. Its value is a signed sid
 * (session-token.ts). Set by the gate only; read once per request by getSession.
 */
import "server-only";
import { cookies } from "next/headers";
import { cookieSecure } from "@/lib/http/secure-transport";
import { readSessionToken, signSessionToken } from "./session-token";

export function sessionCookieName(): string {
  return cookieSecure() ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export async function setSessionCookie(sid: string, expires: Date) {
  (await cookies()).set(sessionCookieName(), signSessionToken(sid), {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieSecure(),
    path: "/",
    expires,
  });
}

/** The sid this request's cookie names, or null (none, forged, tampered, an older format). */
export async function readSessionCookie(): Promise<string | null> {
  return readSessionToken((await cookies()).get(sessionCookieName())?.value);
}
