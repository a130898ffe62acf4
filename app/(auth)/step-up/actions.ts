"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setReturnTo } from "@/lib/auth/cookies";
import { getSession } from "@/lib/auth/session";
import { stepUpStep } from "@/lib/auth/sign-in";
import { action } from "@/lib/http/action-client";
import { safeRelativePath } from "@/lib/http/safe-path";

/**
 * From a limited session to the second-factor step; the gate replaces the session at the end.
 * Public to the client: any session may step up (no capability names that), none goes to /login.
 */
export const stepUpAction = action.public.form(
  // Any text; safeRelativePath keeps only a path of this site.
  { input: z.object({ callbackUrl: z.string().catch("") }), returnTo: "/step-up" },
  async ({ input }) => {
    const session = await getSession();
    if (!session) redirect("/login");
    await setReturnTo(safeRelativePath(input.callbackUrl));
    const result = await stepUpStep(session);
    redirect(result.ok && "next" in result ? result.next : "/login?expired=1");
  },
);
