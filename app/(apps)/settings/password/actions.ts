"use server";
/** パスワード変更 (full mode); the action client checks the session and the form (lib/http/action-client.ts). */
import { z } from "zod";
import { changeOwnPassword } from "@/lib/account/own-password";
import { action, refusal } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";

// Generous: the password rules (lib/auth/password-policy.ts) give the precise message.
const field = z.string().max(2048);

export const changePasswordAction = action.state(
  {
    capability: "security.manage",
    returnTo: "/settings/password",
    input: z.object({ currentPassword: field, newPassword: field, confirmPassword: field }),
    required: ["currentPassword", "newPassword", "confirmPassword"],
  },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const result = await changeOwnPassword(session, input, await request(), now);
    if (result.ok) return { ok: true, info: t.selfService.password.done };
    const c = t.selfService.common;
    const p = t.selfService.password;
    return refusal(result.error, {
      mismatch: ["confirmPassword", p.mismatch],
      too_short: ["newPassword", p.tooShort],
      too_long: ["newPassword", p.tooLong],
      common: ["newPassword", p.common],
      same_as_login_id: ["newPassword", p.sameAsLoginId],
      same_as_current: ["newPassword", p.sameAsCurrent],
      wrong_password: ["currentPassword", c.wrongPassword],
      locked: [null, c.locked],
    });
  },
);
