"use server";
// Switches the UI language for this browser (and, once signed in, the account).
import { cookies } from "next/headers";
import { z } from "zod";
import { redirect } from "next/navigation";
import { action } from "@/lib/http/action-client";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { safeRelativePath } from "@/lib/http/safe-path";
import { rememberLocaleForAccount } from "@/lib/account/preferences";
import { getSession } from "@/lib/auth/session";

/** Public: signed out, the cookie alone keeps the choice. A form that does not parse goes to "/". */
export const setLocaleAction = action.public.form(
  { input: z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2048) }), returnTo: "/" },
  async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
      secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
    });
    const session = await getSession();
    if (session) await rememberLocaleForAccount(session, input.locale);
    redirect(safeRelativePath(input.returnTo) ?? "/");
  },
);
