/**
 * The account as the sign-in code sees it. The password hash and the TOTP
 * secret are read only by the functions that check them, never returned.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { Factor, Role } from "./policy";

export type AuthAccount = {
  id: string;
  loginId: string;
  role: Role;
  displayName: string;
  email: string;
  locale: Locale;
  disabled: boolean;
  secondFactor: Factor | null;
  hasTotp: boolean;
};

export async function loadAuthAccount(id: string): Promise<AuthAccount | null> {
  // One statement: the account with whether its Authenticator is confirmed.
  const [row] = await getDb().$queryRaw<AuthAccountRow[]>`
    SELECT ${AUTH_ACCOUNT_COLUMNS} FROM "Account" a LEFT JOIN "TotpCredential" t ON t."accountId" = a."id" WHERE a."id" = ${id}`;
  return row ? toAuthAccount(row) : null;
}

/**
 * Whether the account "a" may not be used: disabled itself, or its client company
 * (顧問先) is disabled by the office. The one definition, read by the sign-in (through
 * AUTH_ACCOUNT_COLUMNS), the gate's grant redemption and every request's session read
 * (session-store.ts), so a disabled company stops its employees at the next request.
 */
export const ACCOUNT_UNUSABLE = Prisma.sql`(a."disabled" OR EXISTS (SELECT 1 FROM "Company" co WHERE co."id" = a."companyId" AND co."disabled"))`;

/**
 * The columns of an AuthAccount, for a query that joins "Account" a with its
 * "TotpCredential" t (LEFT JOIN): loadAuthAccount, and the sign-in's flow load
 * (sign-in/flow-query.ts), which reads the flow and its account in one statement.
 */
export const AUTH_ACCOUNT_COLUMNS = Prisma.sql`a."id" AS "accountId", a."loginId", a."role"::text AS "role", a."displayName", a."email",
  a."locale"::text AS "locale", ${ACCOUNT_UNUSABLE} AS "disabled", a."secondFactor"::text AS "secondFactor", (t."confirmedAt" IS NOT NULL) AS "hasTotp"`;

export type AuthAccountRow = {
  accountId: string;
  loginId: string;
  role: Role;
  displayName: string;
  email: string;
  locale: string;
  disabled: boolean;
  secondFactor: Factor | null;
  hasTotp: boolean;
};

export function toAuthAccount(row: AuthAccountRow): AuthAccount {
  return {
    id: row.accountId,
    loginId: row.loginId,
    role: row.role,
    displayName: row.displayName,
    email: row.email,
    locale: isLocale(row.locale) ? row.locale : "ja",
    disabled: row.disabled,
    secondFactor: row.secondFactor,
    hasTotp: row.hasTotp,
  };
}
