"use client";
import { useActionState } from "react";
import { createStaffAction, staffChangeAction } from "@/app/(apps)/office/staff/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";

/** スタッフを追加: name and address; the server makes the A… ID and mails the invitation. */
export function StaffCreateForm({ t }: { t: Messages["officeConsole"]["staff"] }) {
  const [state, action] = useActionState(createStaffAction, initialActionState);
  return (
    <form action={action} className="space-y-4" data-testid="staff-create-form" noValidate>
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.info} id="staff-created" />
      <TextField id="staff-name" name="name" label={t.name} error={state.fieldErrors?.name} defaultValue={state.values?.name ?? ""} key={`n-${state.values?.name ?? state.info ?? ""}`} autoComplete="off" required />
      <TextField id="staff-email" name="email" type="email" label={t.email} error={state.fieldErrors?.email} defaultValue={state.values?.email ?? ""} key={`e-${state.values?.email ?? state.info ?? ""}`} autoComplete="off" required />
      <SubmitButton testId="staff-create" className="sm:w-auto">{t.create}</SubmitButton>
    </form>
  );
}

/** One staff member's button (利用停止, 利用再開 or リセット). */
export function StaffChangeForm({ staffId, change, label, testId }: { staffId: string; change: "disable" | "enable" | "reset"; label: string; testId: string }) {
  const [state, action] = useActionState(staffChangeAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <FormAlert message={state.error} />
      <input type="hidden" name="staffId" value={staffId} />
      <input type="hidden" name="change" value={change} />
      <SubmitButton testId={testId} variant="secondary" className="sm:w-auto">{label}</SubmitButton>
    </form>
  );
}
