/** Per-account preferences. */
import "server-only";
import { getDb } from "@/lib/db";
import type { Session } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";

/** The signed-in account keeps its language on every browser. */
export async function rememberLocaleForAccount(session: Session, locale: Locale) {
  await getDb().account.update({ where: { id: session.accountId }, data: { locale } });
}
