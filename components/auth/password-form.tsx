"use client";
import { useActionState } from "react";
import { passwordAction } from "@/app/(auth)/login/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = { loginId: string; loginIdHint: string; password: string; submit: string; submitting: string };

/**
 * With JavaScript the form calls passwordAction and its answer renders inline; without,
 * it posts to /login/step/password (the permalink), which answers a bare 303 and sends a
 * refusal back here as `?error=`, given to this form as `error` (and the login ID as typed).
 */
export function PasswordForm({ text, callbackUrl, error, loginId }: { text: Text; callbackUrl?: string; error?: string; loginId?: string }) {
  const posted = error ? { error, ...(loginId ? { values: { loginId } } : {}) } : initialActionState;
  const [state, action] = useActionState(passwordAction, posted, "/login/step/password");
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        id="loginId"
        name="loginId"
        label={text.loginId}
        hint={text.loginIdHint}
        error={state.fieldErrors?.loginId}
        autoComplete="username"
        defaultValue={state.values?.loginId}
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={64}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={text.password}
        error={state.fieldErrors?.password}
        autoComplete="current-password"
        required
        maxLength={256}
      />
      <SubmitButton pendingText={text.submitting} testId="login-submit">{text.submit}</SubmitButton>
    </form>
  );
}
