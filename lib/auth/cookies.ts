/**
 * Our cookies, all set one way: httpOnly, SameSite=Lax, path /, Secure in
 * production (browsers accept Secure cookies on http://localhost too;
 * COOKIE_SECURE overrides, lib/http/secure-transport.ts). Also the return
 * address kept across sign-in.
 */
import "server-only";
import { cookies } from "next/headers";
import { safeRelativePath } from "@/lib/http/safe-path";
import { cookieSecure } from "@/lib/http/secure-transport";

export async function setAuthCookie(name: string, value: string, lifetime: { maxAge: number } | { expires: Date }) {
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", secure: cookieSecure(), path: "/", ...lifetime });
}

const RETURN_COOKIE = "tobira_return";

/** Where the gate sends the browser afterwards: a same-origin path, or nothing (an older one is forgotten). */
export async function setReturnTo(path: string | null) {
  if (path) await setAuthCookie(RETURN_COOKIE, path, { maxAge: 3600 });
  else (await cookies()).delete(RETURN_COOKIE);
}

/** The return address, once: read and forgotten. */
export async function takeReturnTo(): Promise<string | null> {
  const jar = await cookies();
  const path = safeRelativePath(jar.get(RETURN_COOKIE)?.value);
  jar.delete(RETURN_COOKIE);
  return path;
}
