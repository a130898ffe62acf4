"use client";
import { useActionState } from "react";
import { cancelEmailChangeAction, confirmEmailChangeAction, requestEmailChangeAction } from "@/app/(apps)/settings/email/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = {
  newEmail: string;
  newEmailHint: string;
  password: string;
  request: string;
  requesting: string;
  code: string;
  codeHint: string;
  confirm: string;
  cancel: string;
};

/**
 * Step 1: new address + password → a code to the new address. Step 2 (while a
 * change waits, `pendingLead` set by the server): the code. Both states live
 * here so the "changed" message survives the switch back to step 1.
 */
export function EmailChangeForm({ pendingLead, text }: { pendingLead: string | null; text: Text }) {
  const [requestState, requestAction] = useActionState(requestEmailChangeAction, initialActionState);
  const [confirmState, confirmAction] = useActionState(confirmEmailChangeAction, initialActionState);
  if (pendingLead) {
    return (
      <div className="space-y-4">
        <form action={confirmAction} className="space-y-4" data-testid="email-confirm-form" noValidate>
          <p className="rounded border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800" role="status" data-testid="email-pending">{pendingLead}</p>
          <FormAlert message={confirmState.error} />
          <TextField
            id="email-code"
            name="code"
            label={text.code}
            hint={text.codeHint}
            error={confirmState.fieldErrors?.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={32}
            required
          />
          <SubmitButton testId="email-confirm">{text.confirm}</SubmitButton>
        </form>
        <form action={cancelEmailChangeAction}>
          <SubmitButton variant="link">{text.cancel}</SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <form action={requestAction} className="space-y-4" data-testid="email-request-form" noValidate>
      <FormAlert tone="info" message={confirmState.ok ? confirmState.info : null} />
      <FormAlert message={requestState.error} />
      <TextField id="newEmail" name="newEmail" type="email" label={text.newEmail} hint={text.newEmailHint} error={requestState.fieldErrors?.newEmail} autoComplete="email" required maxLength={254} />
      <TextField id="email-password" name="password" type="password" label={text.password} error={requestState.fieldErrors?.password} autoComplete="current-password" required maxLength={256} />
      <SubmitButton pendingText={text.requesting} testId="email-request">{text.request}</SubmitButton>
    </form>
  );
}
