"use client";
import { useActionState } from "react";
import { resetSecondFactorAction, sendResetCodeAction } from "@/app/(apps)/settings/two-factor-reset/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = {
  limitedLead: string;
  sendCode: string;
  resendCode: string;
  password: string;
  passwordHint: string;
  code: string;
  codeHint: string;
  submit: string;
  submitting: string;
};

/** The password (always) and, from a limited session, the code mailed to the registered address. */
export function TwoFactorResetForm({ needsCode, codeActive, text }: { needsCode: boolean; codeActive: boolean; text: Text }) {
  const [sendState, sendAction] = useActionState(sendResetCodeAction, initialActionState);
  const [state, action] = useActionState(resetSecondFactorAction, initialActionState);
  const codeSent = codeActive || !!sendState.ok;
  return (
    <div className="space-y-6">
      {needsCode && (
        <form action={sendAction} className="space-y-3" data-testid="reset-send-code-form">
          <p className="text-sm text-stone-700">{text.limitedLead}</p>
          <FormAlert message={sendState.error} />
          <FormAlert tone="info" message={sendState.ok ? sendState.info : null} />
          <SubmitButton variant="secondary" testId="reset-send-code">{codeSent ? text.resendCode : text.sendCode}</SubmitButton>
        </form>
      )}
      {(!needsCode || codeSent) && (
        <form action={action} className="space-y-4" data-testid="reset-form" noValidate>
          <FormAlert message={state.error} />
          <TextField id="reset-password" name="password" type="password" label={text.password} hint={text.passwordHint} error={state.fieldErrors?.password} autoComplete="current-password" required maxLength={256} />
          {needsCode && (
            <TextField
              id="reset-code"
              name="code"
              label={text.code}
              hint={text.codeHint}
              error={state.fieldErrors?.code}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              maxLength={32}
              required
            />
          )}
          <SubmitButton pendingText={text.submitting} testId="reset-submit">{text.submit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
