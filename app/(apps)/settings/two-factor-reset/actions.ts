"use server";
/**
 * 2要素認証初期化 actions. Public endpoints: each checks the session itself
 * (capability security.resetOwn: full or limited mode); the data layer decides
 * whether a mailed code is also needed (limited mode).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { resetOwnSecondFactor, sendResetCode, type ResetError } from "@/lib/account/two-factor-reset";
import { normaliseCode } from "@/lib/auth/code-input";
import { signOut } from "@/lib/auth/config";
import { forgetFlow } from "@/lib/auth/flow-store";
import { getRequestInfo } from "@/lib/auth/request-info";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import type { ActionState } from "@/lib/http/action-result";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

const PATH = "/settings/two-factor-reset";

export async function sendResetCodeAction(_prev: ActionState, _form: FormData): Promise<ActionState> {
  const session = await requireSession({ capability: "security.resetOwn", returnTo: PATH });
  const { t } = await getMessages();
  const c = t.selfService.common;
  const sent = await sendResetCode(session, await getRequestInfo(), await requestNow());
  revalidatePath(PATH);
  if (sent.ok) return { ok: true, info: t.selfService.reset.codeSent };
  if (sent.error === "cooldown") return { error: format(c.cooldown, { seconds: Math.ceil((sent.retryAfterMs ?? 60_000) / 1000) }) };
  if (sent.error === "mail_failed") return { error: c.mailFailed };
  return {};
}

const input = z.object({ password: z.string().max(2048), code: z.string().max(64) });

export async function resetSecondFactorAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "security.resetOwn", returnTo: PATH });
  const { t } = await getMessages();
  const c = t.selfService.common;
  const parsed = input.safeParse({ password: form.get("password") ?? "", code: form.get("code") ?? "" });
  if (!parsed.success) return { error: c.invalid };
  if (!parsed.data.password) return { fieldErrors: { password: c.required } };

  const code = normaliseCode(parsed.data.code);
  const result = await resetOwnSecondFactor(session, { password: parsed.data.password, code: code || undefined }, await getRequestInfo(), await requestNow());
  if (result.ok) {
    // Every session of the account has ended, this one too: sign the browser out, so the next
    // full sign-in enrols again from the QR code.
    await forgetFlow();
    await signOut({ redirect: false }); // then a relative redirect, as everywhere
    redirect("/login?reset=1");
  }
  const messages: Record<ResetError, [field: string | null, message: string]> = {
    wrong_password: ["password", c.wrongPassword],
    locked: [null, c.locked],
    code_required: ["code", t.selfService.reset.codeRequired],
    wrong_code: ["code", c.wrongCode],
    code_expired: ["code", c.codeExpired],
    no_code: ["code", c.noCode],
  };
  const [name, message] = messages[result.error];
  return name ? { error: message, fieldErrors: { [name]: message } } : { error: message };
}
