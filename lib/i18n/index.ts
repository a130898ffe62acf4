/**
 * Picks the UI locale for a request: the signed-in account's choice, else the
 * browser's cookie, else Japanese. Server-only: reads request cookies.
 */
import "server-only";
import { cookies } from "next/headers";
import { getSession } from "@/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./config";
import { messagesFor } from "./dictionaries";
import type { Messages } from "./messages/ja";

export { messagesFor };

export async function getLocale(): Promise<Locale> {
  const session = await getSession();
  if (session) return session.locale;
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: messagesFor(locale) };
}

