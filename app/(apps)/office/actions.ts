"use server";
/**
 * 従業員アカウント管理 actions. The action client checks the session (full mode)
 * and the form (lib/http/action-client.ts); the data layer checks the role and
 * that the target is an employee of the caller's office, on every call.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";
import type { Messages } from "@/lib/i18n/messages/ja";
import { changeEmployeeEmail, resetEmployeeSecondFactor, unlockEmployee, type OfficeChangeError } from "@/lib/office/account-changes";
import { parseEmployeeEmail, sameEmail } from "@/lib/office/email-address";
import { getEmployeeDetail } from "@/lib/office/employees";
import { unlockStaff } from "@/lib/office/staff";

const employeeId = z.string().min(1).max(64);
const access = { capability: "office.employees", returnTo: "/office/employees" } as const;
/** A form without a usable ID names no employee of the office. */
const notFound = (t: Messages): ActionState => ({ error: t.office.errors.notFound });

/** `value` gives the typed address back to the field (React resets a form after its action). */
export type EmailChangeState = ActionState & { confirmEmail?: string; value?: string };

function errorText(t: Messages, error: OfficeChangeError): string {
  const e = t.office.errors;
  return {
    forbidden: e.forbidden,
    not_found: e.notFound,
    not_locked: t.office.unlock.notLocked,
    invalid_email: e.invalidEmail,
    same_email: e.sameEmail,
    conflict: e.conflict,
  }[error];
}

function doneUrl(id: string, done: "reset" | "unlock" | "email", notified: boolean) {
  return `/office/employees/${encodeURIComponent(id)}?done=${done}${notified ? "" : "&mail=failed"}`;
}

export const resetSecondFactorAction = action.state(
  { ...access, input: z.object({ employeeId }), invalid: notFound },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const result = await resetEmployeeSecondFactor(session, input.employeeId, await request(), now);
    if (!result.ok) return { error: errorText(t, result.error) };
    redirect(doneUrl(input.employeeId, "reset", result.notified));
  },
);

export const unlockAction = action.state(
  { ...access, input: z.object({ employeeId }), invalid: notFound },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const result = await unlockEmployee(session, input.employeeId, await request(), now);
    if (!result.ok) return { error: errorText(t, result.error) };
    redirect(doneUrl(input.employeeId, "unlock", result.notified));
  },
);

/** 事務所スタッフのロック解除 (office administrators; lib/office/staff.ts checks the permission and the office). */
export const unlockStaffAction = action.state(
  { ...access, input: z.object({ staffId: employeeId }), invalid: notFound },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const result = await unlockStaff(session, input.staffId, await request(), now);
    if (!result.ok) return { error: errorText(t, result.error) };
    redirect(`/office/employees?done=staff_unlock${result.notified ? "" : "&mail=failed"}`);
  },
);

/**
 * Two steps on one form: "review" only checks the address and shows it back
 * for confirmation; "commit" changes it. Nothing changes before "commit".
 * getEmployeeDetail throws OfficeAccessError for a caller who may not manage
 * employees; the action client words it ("forbidden").
 */
export const changeEmailAction = action.state(
  {
    ...access,
    input: z.object({ employeeId, email: z.string().max(1024), step: z.enum(["review", "commit", "edit"]) }),
    invalid: (t): EmailChangeState => ({ error: t.office.errors.invalidEmail }),
  },
  async ({ input, session, t, now, request }): Promise<EmailChangeState> => {
    const value = input.email.slice(0, 254);
    if (input.step === "edit") return { value };
    const email = parseEmployeeEmail(input.email);
    if (!email) return { fieldErrors: { email: t.office.errors.invalidEmail }, value };
    if (input.step === "review") {
      const employee = await getEmployeeDetail(session, input.employeeId, now);
      if (!employee) return { error: t.office.errors.notFound };
      if (sameEmail(email, employee.email)) return { fieldErrors: { email: t.office.errors.sameEmail }, value };
      return { confirmEmail: email };
    }
    const result = await changeEmployeeEmail(session, input.employeeId, email, await request(), now);
    if (!result.ok) {
      return result.error === "invalid_email" || result.error === "same_email"
        ? { fieldErrors: { email: errorText(t, result.error) }, value }
        : { error: errorText(t, result.error) };
    }
    redirect(doneUrl(input.employeeId, "email", result.notified));
  },
);
