"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import { endSession } from "@/lib/auth/logout";
import { action } from "@/lib/http/action-client";

/** Public: signing out without a session still ends at the sign-in page. */
export const logoutAction = action.public.form({ returnTo: "/login?signedOut=1" }, async () => {
  await endSession();
  // A relative redirect, not Auth.js's absolute one built from Host and X-Forwarded-Proto.
  await signOut({ redirect: false });
  redirect("/login?signedOut=1");
});
