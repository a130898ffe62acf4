"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(apps)/settings/password/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = { currentPassword: string; newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string; submitting: string };

export function PasswordChangeForm({ text }: { text: Text }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" data-testid="password-change-form" noValidate>
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.ok ? state.info : null} />
      <TextField id="currentPassword" name="currentPassword" type="password" label={text.currentPassword} error={state.fieldErrors?.currentPassword} autoComplete="current-password" required maxLength={256} />
      <TextField id="newPassword" name="newPassword" type="password" label={text.newPassword} hint={text.newPasswordHint} error={state.fieldErrors?.newPassword} autoComplete="new-password" required minLength={8} maxLength={256} />
      <TextField id="confirmPassword" name="confirmPassword" type="password" label={text.confirmPassword} error={state.fieldErrors?.confirmPassword} autoComplete="new-password" required maxLength={256} />
      <SubmitButton pendingText={text.submitting} testId="password-change-submit">{text.submit}</SubmitButton>
    </form>
  );
}
