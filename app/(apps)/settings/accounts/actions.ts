"use server";
/**
 * 追加アカウント actions (full mode, main accounts). Public endpoints: each
 * checks the session itself, and the data layer checks on every call that the
 * account ID from the form belongs to the caller.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AccountFormState } from "@/components/self-service/additional-account-forms";
import {
  AdditionalAccountsNotAllowed, createAdditionalAccount, disableAdditionalAccount, MAX_ADDITIONAL_ACCOUNTS, renameAdditionalAccount,
  type ChangeError, type CreateError,
} from "@/lib/account/additional-accounts";
import { getRequestInfo } from "@/lib/auth/request-info";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

const PATH = "/settings/accounts";
const id = z.string().min(1).max(64);
const name = z.string().max(200);

async function guarded(run: () => Promise<AccountFormState>): Promise<AccountFormState> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AdditionalAccountsNotAllowed) return { error: (await getMessages()).t.selfService.accounts.notAllowed };
    throw err;
  }
}

export async function createAdditionalAccountAction(_prev: AccountFormState, raw: FormData): Promise<AccountFormState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "accounts.additional", returnTo: PATH });
  const { t } = await getMessages();
  const a = t.selfService.accounts;
  const parsed = z
    .object({ displayName: name, email: z.string().max(320), password: z.string().max(2048) })
    .safeParse({ displayName: form.get("displayName") ?? "", email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!parsed.success) return { error: t.selfService.common.invalid };
  // An empty box is a typing slip, not a wrong password: no attempt counted.
  if (!parsed.data.password) return { error: t.selfService.common.required, fieldErrors: { password: t.selfService.common.required } };
  return guarded(async () => {
    const result = await createAdditionalAccount(session, parsed.data, await getRequestInfo(), await requestNow());
    revalidatePath(PATH);
    if (result.ok) return { ok: true, info: a.created, created: { loginId: result.loginId, initialPassword: result.initialPassword } };
    const messages: Record<CreateError, [field: string | null, message: string]> = {
      invalid_name: ["displayName", a.invalidName],
      invalid_email: ["email", a.invalidEmail],
      wrong_password: ["password", t.selfService.common.wrongPassword],
      locked: [null, t.selfService.common.locked],
      limit_reached: [null, format(a.limitReached, { max: MAX_ADDITIONAL_ACCOUNTS })],
      id_unavailable: [null, a.idUnavailable],
    };
    const [field, message] = messages[result.error];
    return field ? { error: message, fieldErrors: { [field]: message } } : { error: message };
  });
}

const changeMessages = (a: Awaited<ReturnType<typeof getMessages>>["t"]["selfService"]["accounts"]): Record<ChangeError, string> => ({
  not_found: a.notFound,
  invalid_name: a.invalidName,
});

export async function renameAdditionalAccountAction(_prev: AccountFormState, raw: FormData): Promise<AccountFormState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "accounts.additional", returnTo: PATH });
  const { t } = await getMessages();
  const a = t.selfService.accounts;
  const parsed = z.object({ id, displayName: name }).safeParse({ id: form.get("id"), displayName: form.get("displayName") ?? "" });
  if (!parsed.success) return { error: t.selfService.common.invalid };
  return guarded(async () => {
    const result = await renameAdditionalAccount(session, parsed.data.id, parsed.data.displayName, await getRequestInfo());
    revalidatePath(PATH);
    return result.ok ? { ok: true, info: a.renamed } : { error: changeMessages(a)[result.error] };
  });
}

export async function disableAdditionalAccountAction(_prev: AccountFormState, raw: FormData): Promise<AccountFormState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "accounts.additional", returnTo: PATH });
  const { t } = await getMessages();
  const a = t.selfService.accounts;
  const parsed = z.object({ id, loginId: z.string().max(64) }).safeParse({ id: form.get("id"), loginId: form.get("loginId") ?? "" });
  if (!parsed.success) return { error: t.selfService.common.invalid };
  return guarded(async () => {
    const result = await disableAdditionalAccount(session, parsed.data.id, await getRequestInfo(), await requestNow());
    revalidatePath(PATH);
    // The login ID only words the message; the data layer went by the ID and the owner.
    return result.ok ? { ok: true, info: format(a.disabledDone, { loginId: parsed.data.loginId }) } : { error: a.notFound };
  });
}
