/**
 * Session rows: the server's word on whether a session (sid from the JWT) is
 * still good — not revoked, not past its absolute limit, not idle, account not
 * disabled. Free of next-auth so the data layer and its tests can use it.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { Mode, Role } from "./policy";
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

export async function validateSession(sid: unknown, now: Date): Promise<Session | null> {
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

