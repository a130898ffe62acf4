"use server";
/**
 * The office console's actions: 顧問先企業, adding and importing employees,
 * invitations, 利用停止. The action client checks the session (full mode) and
 * the form; the data layer (lib/office/) checks the role and that every target
 * is the caller's office's, on every call.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";
import { format } from "@/lib/i18n/message";
import { formatDateTime } from "@/lib/i18n/format";
import { createCompany, setCompanyDisabled, updateCompany } from "@/lib/office/companies";
import { checkCompanyFields, type CompanyField } from "@/lib/office/company-fields";
import { createEmployee, inviteEmployee, setEmployeeDisabled, type EmployeeAdminError } from "@/lib/office/employee-admin";
import { checkEmployeeFields } from "@/lib/office/employee-fields";
import { importEmployees } from "@/lib/office/import/apply";
import { CSV_MAX_LINES, type CsvLineError } from "@/lib/office/import/parse";

const id = z.string().min(1).max(64);
const text = z.string().max(1024);
const access = (returnTo: string) => ({ capability: "office.employees", returnTo }) as const;
const notFound = (t: Messages): ActionState => ({ error: t.officeConsole.companies.errors.notFound });

const companyInput = { code: text, name: text, contactName: text, contactEmail: text, contactPhone: text };

function companyFieldErrors(t: Messages, fields: Partial<Record<CompanyField, "required" | "format" | "too_long">>): Record<string, string> {
  const e = t.officeConsole.companies.errors;
  const formatText: Record<CompanyField, string> = { code: e.codeFormat, name: e.tooLong, contactName: e.tooLong, contactEmail: e.emailFormat, contactPhone: e.phoneFormat };
  return Object.fromEntries(Object.entries(fields).map(([f, p]) => [f, p === "required" ? e.required : p === "too_long" ? e.tooLong : formatText[f as CompanyField]]));
}

/** The typed values go back to the form (React resets a form after its action). */
const keep = (input: Record<string, string>) => ({ values: input });

export const saveCompanyAction = action.state(
  { ...access("/office/companies"), input: z.object({ companyId: z.string().max(64), ...companyInput }), invalid: notFound },
  async ({ input, session, t, request }): Promise<ActionState> => {
    const { companyId, ...raw } = input;
    const checked = checkCompanyFields(raw);
    if (!checked.ok) return { fieldErrors: companyFieldErrors(t, checked.fields), ...keep(raw) };
    const result = companyId ? await updateCompany(session, companyId, checked.value, await request()) : await createCompany(session, checked.value, await request());
    const e = t.officeConsole.companies.errors;
    if (!result.ok) {
      if (result.error === "not_found") return { error: e.notFound };
      return { fieldErrors: { code: result.error === "code_taken" ? e.codeTaken : e.codeLocked }, ...keep(raw) };
    }
    redirect(`/office/companies/${encodeURIComponent(result.id)}?done=${companyId ? "updated" : "created"}`);
  },
);

export const setCompanyDisabledAction = action.state(
  { ...access("/office/companies"), input: z.object({ companyId: id, disabled: z.enum(["true", "false"]) }), invalid: notFound },
  async ({ input, session, t, request }): Promise<ActionState> => {
    const disabled = input.disabled === "true";
    const result = await setCompanyDisabled(session, input.companyId, disabled, await request());
    if (!result.ok) return { error: t.officeConsole.companies.errors.notFound };
    redirect(`/office/companies/${encodeURIComponent(result.id)}?done=${disabled ? "disabled" : "enabled"}`);
  },
);

function employeeError(t: Messages, error: EmployeeAdminError): string {
  const c = t.officeConsole;
  return {
    not_found: t.office.errors.notFound,
    company_disabled: c.employees.errors.companyDisabled,
    number_taken: c.employees.errors.numberTaken,
    not_awaiting: c.employees.invite.notAwaiting,
    cooldown: c.employees.invite.cooldown,
    mail_failed: c.employees.invite.mailFailed,
  }[error];
}

export const createEmployeeAction = action.state(
  {
    ...access("/office/employees/new"),
    input: z.object({ companyId: z.string().max(64), employeeNumber: text, name: text, furigana: text, email: text, hrStaff: z.string().max(8) }),
    invalid: notFound,
  },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const { companyId, ...raw } = input;
    const hrStaff = raw.hrStaff === "on" ? "1" : "0";
    const checked = checkEmployeeFields({ ...raw, hrStaff });
    const c = t.officeConsole;
    if (!checked.ok) {
      const e = c.companies.errors;
      const formatText = { employeeNumber: c.employees.errors.numberFormat, name: e.tooLong, furigana: c.employees.errors.furiganaFormat, email: e.emailFormat, hrStaff: e.required };
      return {
        fieldErrors: Object.fromEntries(checked.problems.map((p) => [p.field, p.problem === "required" ? e.required : p.problem === "too_long" ? e.tooLong : formatText[p.field]])),
        values: { companyId, ...raw },
      };
    }
    const result = await createEmployee(session, companyId, checked.value, await request(), now);
    if (!result.ok) {
      return result.error === "number_taken"
        ? { fieldErrors: { employeeNumber: employeeError(t, result.error) }, values: { companyId, ...raw } }
        : { error: employeeError(t, result.error), values: { companyId, ...raw } };
    }
    redirect(`/office/employees/${encodeURIComponent(result.id)}?done=${result.invitation.ok ? "created" : "created_mail_failed"}`);
  },
);

/** The import's answer: the message, and each bad line worded in the user's language. */
export type ImportState = ActionState & { lines?: string[] };

function lineText(t: Messages, l: CsvLineError): string {
  const m = t.officeConsole.import;
  const column = l.column ? m.columns[l.column] : m.wholeLine;
  const problem = l.problem === "too_many_lines" ? format(m.problems.too_many_lines, { max: CSV_MAX_LINES }) : m.problems[l.problem];
  return format(m.lineError, { line: l.line, column, problem });
}

export const importEmployeesAction = action.state(
  { ...access("/office/employees/import"), input: z.object({ companyId: z.string().max(64), file: z.unknown() }), invalid: notFound },
  async ({ input, session, t, now, request }): Promise<ImportState> => {
    const m = t.officeConsole.import;
    const file = input.file;
    if (!(file instanceof Blob) || file.size === 0) return { fieldErrors: { file: m.noFile }, values: { companyId: input.companyId } };
    const result = await importEmployees(session, input.companyId, new Uint8Array(await file.arrayBuffer()), await request(), now);
    const keepCompany = { values: { companyId: input.companyId } };
    if (result.ok) return { ok: true, info: format(m.done, result), ...keepCompany };
    if (result.error === "lines") return { error: format(m.failed, { count: result.lines.length }), lines: result.lines.map((l) => lineText(t, l)), ...keepCompany };
    if (result.error === "empty") return { fieldErrors: { file: m.empty }, ...keepCompany };
    return { error: employeeError(t, result.error), ...keepCompany };
  },
);

export const inviteEmployeeAction = action.state(
  { ...access("/office/employees"), input: z.object({ employeeId: id }), invalid: notFound },
  async ({ input, session, t, locale, now, request }): Promise<ActionState> => {
    const result = await inviteEmployee(session, input.employeeId, await request(), now);
    if (!result.ok) return { error: employeeError(t, result.error) };
    return { ok: true, info: format(t.officeConsole.employees.invite.sent, { expiresAt: formatDateTime(result.expiresAt, locale) }) };
  },
);

export const setEmployeeDisabledAction = action.state(
  { ...access("/office/employees"), input: z.object({ employeeId: id, disabled: z.enum(["true", "false"]) }), invalid: notFound },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const disabled = input.disabled === "true";
    const result = await setEmployeeDisabled(session, input.employeeId, disabled, await request(), now);
    if (!result.ok) return { error: employeeError(t, result.error) };
    redirect(`/office/employees/${encodeURIComponent(input.employeeId)}?done=${disabled ? "disabled" : "enabled"}`);
  },
);
