"use client";
import { useActionState } from "react";
import { createEmployeeAction } from "@/app/(apps)/office/console-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { OfficeCompany } from "@/lib/office/employees";
import { CompanySelect } from "./company-select";

/** 従業員の追加: the server checks the fields and the company, makes the account and mails its invitation. */
export function EmployeeCreateForm({ t, companies, companyId }: { t: Messages["officeConsole"]; companies: OfficeCompany[]; companyId?: string }) {
  const [state, action] = useActionState(createEmployeeAction, initialActionState);
  const f = t.employees.fields;
  const v = (name: string) => state.values?.[name] ?? "";
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" data-testid="employee-create-form" noValidate>
      <FormAlert message={state.error} />
      <CompanySelect id="employee-company" label={f.company} companies={companies} value={state.values?.companyId ?? companyId} />
      <TextField id="employee-number" name="employeeNumber" label={f.employeeNumber} hint={f.employeeNumberHint} error={err("employeeNumber")} defaultValue={v("employeeNumber")} inputMode="numeric" autoComplete="off" required key={`n-${v("employeeNumber")}`} />
      <TextField id="employee-name" name="name" label={f.name} error={err("name")} defaultValue={v("name")} autoComplete="off" required key={`nm-${v("name")}`} />
      <TextField id="employee-furigana" name="furigana" label={`${f.furigana}${t.optional}`} error={err("furigana")} defaultValue={v("furigana")} autoComplete="off" key={`k-${v("furigana")}`} />
      <TextField id="employee-email" name="email" type="email" label={f.email} error={err("email")} defaultValue={v("email")} autoComplete="off" required key={`e-${v("email")}`} />
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="hrStaff" className="size-6" defaultChecked={v("hrStaff") === "on"} />
        <span>{f.hrStaff}</span>
      </label>
      <SubmitButton testId="employee-create" className="sm:w-auto">{t.employees.create}</SubmitButton>
    </form>
  );
}
