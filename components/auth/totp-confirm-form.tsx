"use client";
import { useActionState } from "react";
import { confirmTotpAction } from "@/app/(auth)/login/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";
import { RecoveryCodes } from "./recovery-codes";

type Text = { heading: string; step2: string; code: string; codeHint: string; confirm: string; recovery: React.ComponentProps<typeof RecoveryCodes>["text"] };

/** The enrolment's heading and steps, then — once the first code is accepted — the recovery codes in their place. */
export function TotpConfirmForm({ text, children }: { text: Text; children: React.ReactNode }) {
  const [state, action] = useActionState(confirmTotpAction, initialActionState);
  if (state.ok && state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} text={text.recovery} />;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{text.heading}</h1>
      {children}
      <form action={action} className="space-y-4">
        <p className="font-bold">{text.step2}</p>
        <FormAlert message={state.error} />
        <TextField
          id="code"
          name="code"
          label={text.code}
          hint={text.codeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={32}
          required
          className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-center font-mono text-2xl tracking-[0.3em]"
        />
        <SubmitButton testId="totp-confirm">{text.confirm}</SubmitButton>
      </form>
    </div>
  );
}
