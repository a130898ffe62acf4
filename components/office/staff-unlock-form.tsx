"use client";
import { useActionState } from "react";
import { unlockStaffAction } from "@/app/(apps)/office/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/http/action-result";

/** One locked staff account's [ロックを解除する]; the server checks the permission and the office again. */
export function StaffUnlockForm({ staffId, label }: { staffId: string; label: string }) {
  const [state, action] = useActionState(unlockStaffAction, initialActionState);
  return (
    <form action={action} className="space-y-2" data-testid="staff-unlock-form">
      <FormAlert message={state.error} />
      <input type="hidden" name="staffId" value={staffId} />
      <SubmitButton testId="staff-unlock-confirm" className="sm:w-auto">{label}</SubmitButton>
    </form>
  );
}
