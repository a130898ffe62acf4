/** Per-account preferences. */
import "server-only";
import { getDb } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";

/** The signed-in account keeps its language on every browser. No session: nothing to do. */
export async function rememberLocaleForAccount(locale: Locale) {
  const session = await getSession();
  if (!session) return;
  await getDb().account.update({ where: { id: session.accountId }, data: { locale } });
}
