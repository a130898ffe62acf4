"use server";
/** 回復コードの再発行 (full mode, on /settings/two-factor); the action client checks the session and the form (lib/http/action-client.ts). */
import { z } from "zod";
import { regenerateRecoveryCodes } from "@/lib/auth/security";
import { action } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";

export const regenerateRecoveryCodesAction = action.state(
  { capability: "security.manage", returnTo: "/settings/two-factor", input: z.object({ password: z.string().max(256) }), required: ["password"] },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const result = await regenerateRecoveryCodes(session, input.password, await request(), now);
    if (result.ok) return { ok: true, recoveryCodes: result.codes };
    return { error: result.error === "locked" ? t.auth.settings.locked : t.auth.settings.wrongPassword };
  },
);
