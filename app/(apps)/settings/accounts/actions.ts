"use server";
/**
 * 追加アカウント actions (full mode, main accounts). The action client checks
 * the session and the form (lib/http/action-client.ts); the data layer checks
 * on every call that the account ID from the form belongs to the caller, and
 * throws AdditionalAccountsNotAllowed (worded by the client) for anyone else.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AccountFormState } from "@/components/self-service/additional-account-forms";
import { createAdditionalAccount, disableAdditionalAccount, MAX_ADDITIONAL_ACCOUNTS, renameAdditionalAccount } from "@/lib/account/additional-accounts";
import { action, refusal } from "@/lib/http/action-client";
import { format } from "@/lib/i18n/message";

const PATH = "/settings/accounts";
const access = { capability: "accounts.additional", returnTo: PATH } as const;
const id = z.string().min(1).max(64);
const name = z.string().max(200);

export const createAdditionalAccountAction = action.state(
  { ...access, input: z.object({ displayName: name, email: z.string().max(320), password: z.string().max(2048) }) },
  async ({ input, session, t, now, request }): Promise<AccountFormState> => {
    const a = t.selfService.accounts;
    const c = t.selfService.common;
    // An empty box is a typing slip, not a wrong password: no attempt counted.
    if (!input.password) return { error: c.required, fieldErrors: { password: c.required } };
    const result = await createAdditionalAccount(session, input, await request(), now);
    revalidatePath(PATH);
    if (result.ok) return { ok: true, info: a.created, created: { loginId: result.loginId, initialPassword: result.initialPassword } };
    return refusal(result.error, {
      invalid_name: ["displayName", a.invalidName],
      invalid_email: ["email", a.invalidEmail],
      wrong_password: ["password", c.wrongPassword],
      locked: c.locked,
      limit_reached: format(a.limitReached, { max: MAX_ADDITIONAL_ACCOUNTS }),
      id_unavailable: a.idUnavailable,
    });
  },
);

export const renameAdditionalAccountAction = action.state(
  { ...access, input: z.object({ id, displayName: name }) },
  async ({ input, session, t, request }): Promise<AccountFormState> => {
    const a = t.selfService.accounts;
    const result = await renameAdditionalAccount(session, input.id, input.displayName, await request());
    revalidatePath(PATH);
    return result.ok ? { ok: true, info: a.renamed } : refusal(result.error, { not_found: a.notFound, invalid_name: a.invalidName });
  },
);

export const disableAdditionalAccountAction = action.state(
  { ...access, input: z.object({ id, loginId: z.string().max(64) }) },
  async ({ input, session, t, now, request }): Promise<AccountFormState> => {
    const a = t.selfService.accounts;
    const result = await disableAdditionalAccount(session, input.id, await request(), now);
    revalidatePath(PATH);
    // The login ID only words the message; the data layer went by the ID and the owner.
    return result.ok ? { ok: true, info: format(a.disabledDone, { loginId: input.loginId }) } : { error: a.notFound };
  },
);
