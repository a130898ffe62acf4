"use server";
/** パスワード変更: a public endpoint like any other — it checks the session (full mode) itself. */
import { z } from "zod";
import { changeOwnPassword, type PasswordChangeError } from "@/lib/account/own-password";
import { getRequestInfo } from "@/lib/auth/request-info";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import type { ActionState } from "@/lib/http/action-result";
import { getMessages } from "@/lib/i18n";

// Generous: the password rules (lib/auth/password-policy.ts) give the precise message.
const field = z.string().max(2048);
const input = z.object({ currentPassword: field, newPassword: field, confirmPassword: field });

export async function changePasswordAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "security.manage", returnTo: "/settings/password" });
  const { t } = await getMessages();
  const c = t.selfService.common;
  const p = t.selfService.password;
  const parsed = input.safeParse({ currentPassword: form.get("currentPassword") ?? "", newPassword: form.get("newPassword") ?? "", confirmPassword: form.get("confirmPassword") ?? "" });
  if (!parsed.success) return { error: c.invalid };
  const fieldErrors: Record<string, string> = {};
  if (!parsed.data.currentPassword) fieldErrors.currentPassword = c.required;
  if (!parsed.data.newPassword) fieldErrors.newPassword = c.required;
  if (!parsed.data.confirmPassword) fieldErrors.confirmPassword = c.required;
  if (Object.keys(fieldErrors).length) return { fieldErrors };

  const result = await changeOwnPassword(session, parsed.data, await getRequestInfo(), await requestNow());
  if (result.ok) return { ok: true, info: p.done };
  const messages: Record<PasswordChangeError, [field: string | null, message: string]> = {
    mismatch: ["confirmPassword", p.mismatch],
    too_short: ["newPassword", p.tooShort],
    too_long: ["newPassword", p.tooLong],
    common: ["newPassword", p.common],
    same_as_login_id: ["newPassword", p.sameAsLoginId],
    same_as_current: ["newPassword", p.sameAsCurrent],
    wrong_password: ["currentPassword", c.wrongPassword],
    locked: [null, c.locked],
  };
  const [name, message] = messages[result.error];
  return name ? { error: message, fieldErrors: { [name]: message } } : { error: message };
}
