/**
 * Session rows: the server's word on whether a session (sid from the JWT) is
 * still good — not revoked, not past its absolute limit, not idle, account not
 * disabled. Free of next-auth so the data layer and its tests can use it.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { utc } from "@/lib/database/sql-time";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { Mode, Role } from "./policy";
import { sessionLimits } from "./session-limits";
import { ACCOUNT_UNUSABLE } from "./account";

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

type SessionRow = {
  sid: string;
  mode: Mode;
  accountId: string;
  loginId: string;
  displayName: string;
  role: Role;
  isHrStaff: boolean;
  companyId: string | null;
  officeId: string | null;
  locale: string;
  live: boolean;
  idle: boolean;
  touch: boolean;
};


/**
 * Every request of a signed-in user reads its session: one statement, the row
 * joined with its account, the time-outs decided by the database at `now`.
 */
export async function validateSession(sid: unknown, now: Date): Promise<Session | null> {
  if (typeof sid !== "string" || !sid || sid.length > 100) return null;
  const db = getDb();
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id" AS "sid", s."mode", a."id" AS "accountId", a."loginId", a."displayName", a."role", a."isHrStaff",
           a."companyId", a."officeId", a."locale",
           (s."revokedAt" IS NULL AND s."expiresAt" > ${utc(now)} AND NOT ${ACCOUNT_UNUSABLE}) AS "live",
           (s."lastSeenAt" < ${utc(new Date(now.getTime() - sessionLimits().idleMs))}) AS "idle",
           (s."lastSeenAt" < ${utc(new Date(now.getTime() - TOUCH_EVERY_MS))}) AS "touch"
    FROM "AuthSession" s JOIN "Account" a ON a."id" = s."accountId"
    WHERE s."id" = ${sid}`;
  if (!row || !row.live || row.idle) return null;
  if (row.touch) {
    await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    sid: row.sid,
    accountId: row.accountId,
    loginId: row.loginId,
    displayName: row.displayName,
    role: row.role,
    mode: row.mode,
    isHrStaff: row.isHrStaff,
    companyId: row.companyId,
    officeId: row.officeId,
    locale: isLocale(row.locale) ? row.locale : "ja",
  };
}
