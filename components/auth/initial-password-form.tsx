"use client";
import { useActionState } from "react";
import { changeInitialPasswordAction } from "@/app/(auth)/login/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = { newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string };

/** The new password twice; the server checks the rules and answers per field. */
export function InitialPasswordForm({ text, loginId }: { text: Text; loginId: string }) {
  const [state, action] = useActionState(changeInitialPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate data-testid="initial-password-form">
      <FormAlert message={state.error} />
      {/* Lets password managers file the new password under the right ID. */}
      <input type="text" name="username" value={loginId} autoComplete="username" readOnly hidden />
      <TextField
        id="new-password"
        name="password"
        type="password"
        label={text.newPassword}
        hint={text.newPasswordHint}
        error={state.fieldErrors?.password}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={256}
      />
      <TextField
        id="confirm-password"
        name="confirm"
        type="password"
        label={text.confirmPassword}
        error={state.fieldErrors?.confirm}
        autoComplete="new-password"
        required
        maxLength={256}
      />
      <SubmitButton testId="initial-password-submit">{text.submit}</SubmitButton>
    </form>
  );
}
