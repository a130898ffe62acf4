"use server";
/**
 * 初回パスワードの設定 (/invite): no session — the invitation code is the
 * credential, checked by lib/account/invitation.ts (one mailed-code store).
 */
import { z } from "zod";
import { acceptInvitation } from "@/lib/account/invitation";
import { action } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";
import { format } from "@/lib/i18n/message";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";

export const acceptInvitationAction = action.public.state(
  {
    input: z.object({ loginId: z.string().max(64), code: z.string().max(32), password: z.string().max(PASSWORD_MAX_LENGTH * 4), confirmPassword: z.string().max(PASSWORD_MAX_LENGTH * 4) }),
    required: ["loginId", "code", "password", "confirmPassword"],
  },
  async ({ input, t, now, request }): Promise<ActionState> => {
    const m = t.officeConsole.invite;
    const values = { loginId: input.loginId };
    if (input.password !== input.confirmPassword) return { fieldErrors: { confirmPassword: m.mismatch }, values };
    const code = input.code.normalize("NFKC").replace(/\s/g, "");
    const result = await acceptInvitation({ loginId: input.loginId, code, password: input.password }, await request(), now);
    if (result.ok) return { ok: true, info: format(m.doneLead, { loginId: result.loginId }) };
    if (result.error === "password") {
      const p = t.selfService.password;
      const text = { too_short: p.tooShort, too_long: p.tooLong, common: p.common, same_as_login_id: p.sameAsLoginId }[result.problem];
      return { fieldErrors: { password: text }, values };
    }
    return { error: result.error === "expired" ? m.expired : m.invalid, values };
  },
);
