"use server";
// Switches the UI language for this browser (and, once signed in, the account).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireForm } from "@/lib/http/action-input";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { safeRelativePath } from "@/lib/http/safe-path";
import { rememberLocaleForAccount } from "@/lib/account/preferences";
import { getSession } from "@/lib/auth/session";

const input = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2048).optional() });

export async function setLocaleAction(raw: FormData) {
  const form = requireForm(raw);
  const parsed = input.safeParse({ locale: form.get("locale"), returnTo: form.get("returnTo") ?? undefined });
  if (!parsed.success) redirect("/");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
    secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
  });
  // Signed out, the cookie alone keeps the choice.
  const session = await getSession();
  if (session) await rememberLocaleForAccount(session, parsed.data.locale);
  redirect(safeRelativePath(parsed.data.returnTo) ?? "/");
}
