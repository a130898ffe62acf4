"use client";
import { useActionState } from "react";
import { saveCompanyAction } from "@/app/(apps)/office/console-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { CompanyInput } from "@/lib/office/company-fields";

/** 顧問先企業の追加・編集: the server checks every field again and the company's office. */
export function CompanyForm({ t, company }: { t: Messages["officeConsole"]; company?: CompanyInput & { id: string } }) {
  const [state, action] = useActionState(saveCompanyAction, initialActionState);
  const f = t.companies.fields;
  const value = (name: keyof CompanyInput) => state.values?.[name] ?? company?.[name] ?? "";
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" data-testid="company-form" noValidate>
      <FormAlert message={state.error} />
      <input type="hidden" name="companyId" value={company?.id ?? ""} />
      <TextField id="company-code" name="code" label={f.code} hint={f.codeHint} error={err("code")} defaultValue={value("code")} autoComplete="off" autoCapitalize="characters" required key={`code-${value("code")}`} />
      <TextField id="company-name" name="name" label={f.name} error={err("name")} defaultValue={value("name")} autoComplete="organization" required key={`name-${value("name")}`} />
      <TextField id="company-contact-name" name="contactName" label={`${f.contactName}${t.optional}`} error={err("contactName")} defaultValue={value("contactName")} autoComplete="name" key={`cn-${value("contactName")}`} />
      <TextField id="company-contact-email" name="contactEmail" type="email" label={`${f.contactEmail}${t.optional}`} error={err("contactEmail")} defaultValue={value("contactEmail")} autoComplete="email" key={`ce-${value("contactEmail")}`} />
      <TextField id="company-contact-phone" name="contactPhone" type="tel" label={`${f.contactPhone}${t.optional}`} error={err("contactPhone")} defaultValue={value("contactPhone")} autoComplete="tel" key={`cp-${value("contactPhone")}`} />
      <SubmitButton testId="company-save" className="sm:w-auto">{company ? t.companies.save : t.companies.create}</SubmitButton>
    </form>
  );
}
