/**
 * The session as every page, server action and route handler sees it. The
 * cookie only names a session row (a signed sid, session-cookie.ts), read
 * directly without a next-auth round; the row decides: revoked, expired
 * (absolute), idle, or its account disabled → not signed in. Each caller states
 * what it needs (`requireSession({ capability })`); the proxy is never relied on.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { requestNow } from "@/lib/clock";
import { modeAllows, type Capability } from "./policy";
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
  const session = await getSession();
  if (!session) redirect(`/login${opts.returnTo ? `?callbackUrl=${encodeURIComponent(opts.returnTo)}` : ""}`);
  if (!modeAllows(session.mode, opts.capability)) {
    redirect(`/step-up${opts.returnTo ? `?callbackUrl=${encodeURIComponent(opts.returnTo)}` : ""}`);
  }
  return session;
}
