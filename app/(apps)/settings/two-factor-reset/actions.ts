"use server";
/**
 * 2要素認証初期化 actions, capability security.resetOwn (full or limited mode).
 * The action client checks the session and the form (lib/http/action-client.ts);
 * the data layer decides whether a mailed code is also needed (limited mode).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { resetOwnSecondFactor, sendResetCode } from "@/lib/account/two-factor-reset";
import { normaliseCode } from "@/lib/auth/code-input";
import { signOut } from "@/lib/auth/config";
import { forgetFlow } from "@/lib/auth/flow-store";
import { action, refusal } from "@/lib/http/action-client";
import { format } from "@/lib/i18n/message";
import type { ActionState } from "@/lib/http/action-result";

const PATH = "/settings/two-factor-reset";
const access = { capability: "security.resetOwn", returnTo: PATH } as const;

export const sendResetCodeAction = action.state(access, async ({ session, t, now, request }): Promise<ActionState> => {
  const c = t.selfService.common;
  const sent = await sendResetCode(session, await request(), now);
  revalidatePath(PATH);
  if (sent.ok) return { ok: true, info: t.selfService.reset.codeSent };
  if (sent.error === "cooldown") return { error: format(c.cooldown, { seconds: Math.ceil((sent.retryAfterMs ?? 60_000) / 1000) }) };
  if (sent.error === "mail_failed") return { error: c.mailFailed };
  if (sent.error === "not_enrolled") return { error: t.selfService.reset.notEnrolled };
  return {};
});

export const resetSecondFactorAction = action.state(
  { ...access, input: z.object({ password: z.string().max(2048), code: z.string().max(64) }), required: ["password"] },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const c = t.selfService.common;
    const code = normaliseCode(input.code);
    const result = await resetOwnSecondFactor(session, { password: input.password, code: code || undefined }, await request(), now);
    if (result.ok) {
      // Every session of the account has ended, this one too: sign the browser out, so the next
      // full sign-in enrols again from the QR code.
      await forgetFlow();
      await signOut({ redirect: false }); // then a relative redirect, as everywhere
      redirect("/login?reset=1");
    }
    return refusal(result.error, {
      not_enrolled: t.selfService.reset.notEnrolled,
      wrong_password: ["password", c.wrongPassword],
      locked: c.locked,
      code_required: ["code", t.selfService.reset.codeRequired],
      wrong_code: ["code", c.wrongCode],
      code_expired: ["code", c.codeExpired],
      no_code: ["code", c.noCode],
    });
  },
);
