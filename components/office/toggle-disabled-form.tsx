"use client";
import { useActionState } from "react";
import { setCompanyDisabledAction, setEmployeeDisabledAction } from "@/app/(apps)/office/console-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/http/action-result";

/** 利用停止 / 利用再開 of a company or an employee: one button; the server checks the target's office. */
export function ToggleDisabledForm({ kind, id, disable, label }: { kind: "company" | "employee"; id: string; disable: boolean; label: string }) {
  const [state, action] = useActionState(kind === "company" ? setCompanyDisabledAction : setEmployeeDisabledAction, initialActionState);
  return (
    <form action={action} className="space-y-2" data-testid={`${kind}-toggle-disabled`}>
      <FormAlert message={state.error} />
      <input type="hidden" name={kind === "company" ? "companyId" : "employeeId"} value={id} />
      <input type="hidden" name="disabled" value={disable ? "true" : "false"} />
      <SubmitButton testId={`${kind}-${disable ? "disable" : "enable"}`} variant={disable ? "secondary" : "primary"} className="sm:w-auto">{label}</SubmitButton>
    </form>
  );
}
