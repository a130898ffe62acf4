"use client";
import { useActionState } from "react";
import { importEmployeesAction, type ImportState } from "@/app/(apps)/office/console-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { OfficeCompany } from "@/lib/office/employees";
import { CompanySelect } from "./company-select";

/** 従業員の一括登録: the file goes to the server whole; every bad line comes back listed. */
export function EmployeeImportForm({ t, companies, companyId }: { t: Messages["officeConsole"]; companies: OfficeCompany[]; companyId?: string }) {
  const [state, action] = useActionState<ImportState, FormData>(importEmployeesAction, {});
  const m = t.import;
  const fileError = state.fieldErrors?.file;
  return (
    <form action={action} className="space-y-4" data-testid="employee-import-form" encType="multipart/form-data">
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.info} id="import-done" />
      {state.lines && state.lines.length > 0 && (
        <ul className="max-h-96 list-disc space-y-1 overflow-y-auto rounded border border-red-300 bg-red-50 p-3 pl-8 text-sm text-red-900" data-testid="import-errors">
          {state.lines.map((line) => (
            <li key={line} className="break-words">{line}</li>
          ))}
        </ul>
      )}
      <CompanySelect id="import-company" label={t.employees.fields.company} companies={companies} value={state.values?.companyId ?? companyId} />
      <div className="space-y-1">
        <label htmlFor="import-file" className="block font-bold">{m.file}</label>
        <input
          id="import-file" name="file" type="file" accept=".csv,text/csv" required
          aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? "import-file-error" : undefined}
          className="block min-h-12 w-full max-w-full rounded-lg border border-stone-400 bg-white px-3 py-2 file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-stone-100 file:px-3"
        />
        {fileError && <p id="import-file-error" className="text-sm text-red-800">{fileError}</p>}
      </div>
      <SubmitButton testId="import-submit" className="sm:w-auto">{m.submit}</SubmitButton>
    </form>
  );
}
