"use server";
/** メールアドレス変更 (full mode); the action client checks the session and the form (lib/http/action-client.ts). */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelEmailChange, confirmEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { normaliseCode } from "@/lib/auth/code-input";
import { action, refusal } from "@/lib/http/action-client";
import { format } from "@/lib/i18n/message";
import type { ActionState } from "@/lib/http/action-result";

const PATH = "/settings/email";
const access = { capability: "security.manage", returnTo: PATH } as const;

export const requestEmailChangeAction = action.state(
  { ...access, input: z.object({ password: z.string().max(2048), newEmail: z.string().max(320) }) },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const c = t.selfService.common;
    const e = t.selfService.email;
    // Both boxes at once; an address of spaces is as empty as none (a password of spaces is a password).
    const empty = [!input.newEmail.trim() && "newEmail", !input.password && "password"].filter((f) => f !== false);
    if (empty.length) return { fieldErrors: Object.fromEntries(empty.map((f) => [f, c.required])) };
    const result = await requestEmailChange(session, input, await request(), now);
    revalidatePath(PATH);
    if (result.ok) return { ok: true };
    return refusal(result.error, {
      invalid_email: ["newEmail", e.invalidEmail],
      same_as_current: ["newEmail", e.sameAsCurrent],
      wrong_password: ["password", c.wrongPassword],
      locked: [null, c.locked],
      cooldown: [null, format(c.cooldown, { seconds: Math.ceil((result.retryAfterMs ?? 60_000) / 1000) })],
      mail_failed: [null, c.mailFailed],
    });
  },
);

export const confirmEmailChangeAction = action.state(
  { ...access, input: z.object({ code: z.string().max(4096) }) },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const c = t.selfService.common;
    const code = normaliseCode(input.code);
    if (!/^\d{6}$/.test(code)) return refusal("wrong_code", { wrong_code: ["code", c.wrongCode] });
    const result = await confirmEmailChange(session, code, await request(), now);
    revalidatePath(PATH);
    revalidatePath("/settings");
    if (result.ok) return { ok: true, info: format(t.selfService.email.done, { email: result.newEmail }) };
    return refusal(result.error, {
      no_request: t.selfService.email.noRequest,
      wrong_code: ["code", c.wrongCode],
      code_expired: c.codeExpired,
      locked: c.locked,
    });
  },
);

export const cancelEmailChangeAction = action.form(access, async ({ session }) => {
  await cancelEmailChange(session);
  revalidatePath(PATH);
});
