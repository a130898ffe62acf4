/**
 * The session as every page, server action and route handler sees it. The
 * JWT only names a session row (sid); the row decides: revoked, expired
 * (absolute), idle, or its account disabled → not signed in. Each caller states
 * what it needs (`requireSession({ capability })`); the proxy is never relied on.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { auth } from "./config";
import { modeAllows, type Capability, type Mode, type Role } from "./policy";
import { sessionLimits } from "./session-limits";

export type Session = {
  sid: string;
  accountId: string;
  loginId: string;
  displayName: string;
  role: Role;
  mode: Mode;
  isHrStaff: boolean;
  companyId: string | null;
  officeId: string | null;
  locale: Locale;
};

// Writing lastSeenAt on every request would make each page a write; once a minute is enough
// for the idle time-out.
const TOUCH_EVERY_MS = 60_000;

export async function validateSession(sid: unknown, now = new Date()): Promise<Session | null> {
  if (typeof sid !== "string" || !sid) return null;
  const db = getDb();
  const row = await db.authSession.findUnique({
    where: { id: sid },
    include: {
      account: { select: { id: true, loginId: true, displayName: true, role: true, isHrStaff: true, companyId: true, officeId: true, locale: true, disabled: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || row.account.disabled) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > sessionLimits().idleMs) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    sid: row.id,
    accountId: row.account.id,
    loginId: row.account.loginId,
    displayName: row.account.displayName,
    role: row.account.role,
    mode: row.mode,
    isHrStaff: row.account.isHrStaff,
    companyId: row.account.companyId,
    officeId: row.account.officeId,
    locale: isLocale(row.account.locale) ? row.account.locale : "ja",
  };
}

/** The signed-in session of this request, or null. Cached per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const current = await auth();
  return validateSession(current?.sid);
});

export class StepUpRequired extends Error {
  override name = "StepUpRequired";
}

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
