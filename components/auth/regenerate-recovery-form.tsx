"use client";
import { useActionState } from "react";
import { regenerateRecoveryCodesAction } from "@/app/(apps)/settings/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";

type Text = { password: string; regenerate: string };

export function RegenerateRecoveryForm({ text }: { text: Text }) {
  const [state, action] = useActionState(regenerateRecoveryCodesAction, initialActionState);
  if (state.ok && state.recoveryCodes) {
    return (
      <ol className="grid grid-cols-1 gap-2 sm:grid-cols-2 rounded-lg bg-stone-100 p-3 font-mono" data-testid="new-recovery-codes">
        {state.recoveryCodes.map((c) => (
          <li key={c} className="text-center">{c}</li>
        ))}
      </ol>
    );
  }
  return (
    <form action={action} className="space-y-3" data-testid="regenerate-recovery-form">
      <FormAlert message={state.error} />
      <TextField id="regen-password" name="password" type="password" label={text.password} error={state.fieldErrors?.password} autoComplete="current-password" required />
      <SubmitButton variant="secondary">{text.regenerate}</SubmitButton>
    </form>
  );
}
