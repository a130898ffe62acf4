"use server";
import { redirect } from "next/navigation";
import { setReturnTo } from "@/lib/auth/cookies";
import { getSession } from "@/lib/auth/session";
import { stepUpStep } from "@/lib/auth/sign-in";
import { requireForm } from "@/lib/http/action-input";
import { safeRelativePath } from "@/lib/http/safe-path";

/** From a limited session to the second-factor step; the gate replaces the session at the end. */
export async function stepUpAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const session = await getSession();
  if (!session) redirect("/login");
  const returnTo = safeRelativePath(String(form.get("callbackUrl") ?? ""));
  await setReturnTo(returnTo);
  const result = await stepUpStep(session);
  redirect(result.ok && "next" in result ? result.next : "/login?expired=1");
}
