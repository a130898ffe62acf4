/**
 * The session as every page, server action and route handler sees it. The
 * JWT only names a session row (sid); the row decides: revoked, expired
 * (absolute), idle, or its account disabled → not signed in. Each caller states
 * what it needs (`requireSession({ capability })`); the proxy is never relied on.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { requestNow } from "@/lib/clock";
import { auth } from "./config";
import { accessRedirect, type Capability } from "./policy";
import { validateSession, type Session } from "./session-store";

export type { Session } from "./session-store";

/** The signed-in session of this request, or null, by the request's clock. Cached per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const current = await auth();
  return validateSession(current?.sid, await requestNow());
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
