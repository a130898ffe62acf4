"use client";
import { useActionState } from "react";
import { inviteEmployeeAction } from "@/app/(apps)/office/console-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/http/action-result";

/** 招待メールを送る (again): only while the employee has no password; the server checks. */
export function InviteEmployeeForm({ employeeId, label }: { employeeId: string; label: string }) {
  const [state, action] = useActionState(inviteEmployeeAction, initialActionState);
  return (
    <form action={action} className="space-y-2" data-testid="employee-invite">
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.info} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <SubmitButton testId="employee-invite-send" variant="secondary" className="sm:w-auto">{label}</SubmitButton>
    </form>
  );
}
