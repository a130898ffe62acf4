/**
 * The session as every page, server action and route handler sees it. The
 * cookie only names a session row (a signed sid, session-cookie.ts), read
 * directly without a next-auth round; the row decides: revoked, expired
 * (absolute), idle, or its account disabled → not signed in. Each caller states
 * what it needs (`requireSession({ capability })`, or for the home menu and the
 * office the two guards below); the proxy is never relied on. The data layer is
 * given the session and never looks it up (ARCHITECTURE.md).
 */
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { requestNow } from "@/lib/clock";
import { accessRedirect, mayManageEmployees, type Capability } from "./policy";
import { readSessionCookie } from "./session-cookie";
import { validateSession, type Session } from "./session-store";

export type { Session } from "./session-store";

/** The signed-in session of this request, or null, by the request's clock. Cached per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const sid = await readSessionCookie();
  return sid ? validateSession(sid, await requestNow()) : null;
});

/**
 * For pages and actions: the session, or a redirect — to /login when there is
 * none, to /step-up when the session's mode does not allow the capability.
 */
export async function requireSession(opts: { capability: Capability; returnTo?: string }): Promise<Session> {
  const access = accessRedirect(await getSession(), opts.capability, opts.returnTo);
  if (access.redirect !== null) redirect(access.redirect);
  return access.session;
}

/**
 * The one page behind the gate that needs no capability: the home menu. Any
 * signed-in session may see it, in either mode — it is a menu, not a function;
 * each function it links to checks its own capability. None → /login.
 */
export async function requireAnySession(returnTo: string): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session;
}

/**
 * An /office page: signed in (else /login), a sharoushi account (else 404: the
 * area does not exist for anyone else), full mode (else /step-up). The data
 * layer checks again on every call (lib/office/access.ts).
 */
export async function requireOfficeSession(returnTo: string): Promise<Session> {
  const session = await getSession();
  if (session && !mayManageEmployees(session.role)) notFound();
  return requireSession({ capability: "office.employees", returnTo });
}
