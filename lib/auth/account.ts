/**
 * The account as the sign-in code sees it. The password hash and the TOTP
 * secret are read only by the functions that check them, never returned.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
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
  const row = await getDb().account.findUnique({
    where: { id },
    select: {
      id: true, loginId: true, role: true, displayName: true, email: true, locale: true, disabled: true, secondFactor: true,
      totp: { select: { confirmedAt: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    loginId: row.loginId,
    role: row.role,
    displayName: row.displayName,
    email: row.email,
    locale: row.locale,
    disabled: row.disabled,
    secondFactor: row.secondFactor,
    hasTotp: !!row.totp?.confirmedAt,
  };
}
