"use client";
import { useActionState } from "react";
import { sendCodeAction } from "@/app/(auth)/login/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/http/action-result";

/** "Send by e-mail" / "send again": the server enforces the cool-down; this shows its answer. */
export function SendCodeForm({ label, variant = "link" }: { label: string; variant?: "link" | "secondary" }) {
  const [state, action] = useActionState(sendCodeAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton variant={variant} testId="send-code">{label}</SubmitButton>
      <FormAlert message={state.error} />
      <FormAlert message={state.info} tone="info" />
    </form>
  );
}
