"use client";
import Link from "next/link";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/(public)/invite/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";

/** 初回パスワードの設定: login ID, the mailed invitation code, and a password of one's own. */
export function InvitationForm({ t, loginId }: { t: Messages["officeConsole"]["invite"]; loginId: string }) {
  const [state, action] = useActionState(acceptInvitationAction, initialActionState);
  if (state.ok) {
    return (
      <div className="space-y-4" data-testid="invite-done">
        <h2 className="text-xl font-bold">{t.doneHeading}</h2>
        <FormAlert tone="info" message={state.info} />
        <Link href="/login" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-bold text-white">{t.toLogin}</Link>
      </div>
    );
  }
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" data-testid="invite-form" noValidate>
      <FormAlert message={state.error} />
      <TextField id="invite-login-id" name="loginId" label={t.loginId} error={err("loginId")} defaultValue={state.values?.loginId ?? loginId} autoComplete="username" autoCapitalize="characters" required key={state.values?.loginId ?? loginId} />
      <TextField id="invite-code" name="code" label={t.code} error={err("code")} inputMode="numeric" autoComplete="one-time-code" required />
      <TextField id="invite-password" name="password" type="password" label={t.password} hint={t.passwordHint} error={err("password")} autoComplete="new-password" required />
      <TextField id="invite-confirm" name="confirmPassword" type="password" label={t.confirm} error={err("confirmPassword")} autoComplete="new-password" required />
      <SubmitButton testId="invite-submit">{t.submit}</SubmitButton>
    </form>
  );
}
