"use server";
import { z } from "zod";
import { regenerateRecoveryCodes } from "@/lib/auth/security";
import { requireForm } from "@/lib/http/action-input";
import { getMessages } from "@/lib/i18n";
import type { ActionState } from "@/lib/http/action-result";

// The data layer checks the session (full mode) itself; this only validates and words the answer.
export async function regenerateRecoveryCodesAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const password = z.string().min(1).max(256).safeParse(form.get("password") ?? "");
  if (!password.success) return { fieldErrors: { password: t.auth.login.required } };
  const result = await regenerateRecoveryCodes(password.data);
  if (result.ok) return { ok: true, recoveryCodes: result.codes };
  return { error: result.error === "locked" ? t.auth.settings.locked : t.auth.settings.wrongPassword };
}
