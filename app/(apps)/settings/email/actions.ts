"use server";
/** メールアドレス変更 actions (full mode). Public endpoints: each checks the session itself. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelEmailChange, confirmEmailChange, requestEmailChange, type ConfirmChangeError, type RequestChangeError } from "@/lib/account/email-change";
import { normaliseCode } from "@/lib/auth/code-input";
import { getRequestInfo } from "@/lib/auth/request-info";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import type { ActionState } from "@/lib/http/action-result";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

const PATH = "/settings/email";
const requestInput = z.object({ password: z.string().max(2048), newEmail: z.string().max(320) });

export async function requestEmailChangeAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "security.manage", returnTo: PATH });
  const { t } = await getMessages();
  const c = t.selfService.common;
  const e = t.selfService.email;
  const parsed = requestInput.safeParse({ password: form.get("password") ?? "", newEmail: form.get("newEmail") ?? "" });
  if (!parsed.success) return { error: c.invalid };
  const fieldErrors: Record<string, string> = {};
  if (!parsed.data.newEmail.trim()) fieldErrors.newEmail = c.required;
  if (!parsed.data.password) fieldErrors.password = c.required;
  if (Object.keys(fieldErrors).length) return { fieldErrors };

  const result = await requestEmailChange(session, parsed.data, await getRequestInfo(), await requestNow());
  revalidatePath(PATH);
  if (result.ok) return { ok: true };
  const messages: Record<RequestChangeError, [field: string | null, message: string]> = {
    invalid_email: ["newEmail", e.invalidEmail],
    same_as_current: ["newEmail", e.sameAsCurrent],
    wrong_password: ["password", c.wrongPassword],
    locked: [null, c.locked],
    cooldown: [null, format(c.cooldown, { seconds: Math.ceil((result.retryAfterMs ?? 60_000) / 1000) })],
    mail_failed: [null, c.mailFailed],
  };
  const [name, message] = messages[result.error];
  return name ? { error: message, fieldErrors: { [name]: message } } : { error: message };
}

export async function confirmEmailChangeAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "security.manage", returnTo: PATH });
  const { t } = await getMessages();
  const c = t.selfService.common;
  const code = normaliseCode(form.get("code"));
  if (!/^\d{6}$/.test(code)) return { error: c.wrongCode, fieldErrors: { code: c.wrongCode } };
  const result = await confirmEmailChange(session, code, await getRequestInfo(), await requestNow());
  revalidatePath(PATH);
  revalidatePath("/settings");
  if (result.ok) return { ok: true, info: format(t.selfService.email.done, { email: result.newEmail }) };
  const messages: Record<ConfirmChangeError, string> = {
    no_request: t.selfService.email.noRequest,
    wrong_code: c.wrongCode,
    code_expired: c.codeExpired,
    locked: c.locked,
  };
  return { error: messages[result.error], fieldErrors: result.error === "wrong_code" ? { code: c.wrongCode } : undefined };
}

export async function cancelEmailChangeAction(): Promise<void> {
  const session = await requireSession({ capability: "security.manage", returnTo: PATH });
  await cancelEmailChange(session);
  revalidatePath(PATH);
}
