"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getRequestInfo } from "@/lib/auth/request-info";
import { getSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import type { ActionState } from "@/lib/http/action-result";
import { getMessages } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages/ja";
import { changeEmployeeEmail, resetEmployeeSecondFactor, unlockEmployee, type OfficeChangeError } from "@/lib/office/account-changes";
import { OfficeAccessError } from "@/lib/office/access";
import { parseEmployeeEmail, sameEmail } from "@/lib/office/email-address";
import { getEmployeeDetail } from "@/lib/office/employees";
import { unlockStaff } from "@/lib/office/staff";

// Thin: validate, call the data layer (which checks role, mode and the target's office itself), word the answer.

const employeeId = z.string().min(1).max(64);

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

export async function resetSecondFactorAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const id = employeeId.safeParse(form.get("employeeId"));
  if (!id.success) return { error: t.office.errors.notFound };
  const result = await resetEmployeeSecondFactor(await getSession(), id.data, await getRequestInfo(), await requestNow());
  if (!result.ok) return { error: errorText(t, result.error) };
  redirect(doneUrl(id.data, "reset", result.notified));
}

export async function unlockAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const id = employeeId.safeParse(form.get("employeeId"));
  if (!id.success) return { error: t.office.errors.notFound };
  const result = await unlockEmployee(await getSession(), id.data, await getRequestInfo(), await requestNow());
  if (!result.ok) return { error: errorText(t, result.error) };
  redirect(doneUrl(id.data, "unlock", result.notified));
}

/** 事務所スタッフのロック解除 (office administrators; lib/office/staff.ts checks the permission and the office). */
export async function unlockStaffAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const id = employeeId.safeParse(form.get("staffId"));
  if (!id.success) return { error: t.office.errors.notFound };
  const result = await unlockStaff(await getSession(), id.data, await getRequestInfo(), await requestNow());
  if (!result.ok) return { error: errorText(t, result.error) };
  redirect(`/office?done=staff_unlock${result.notified ? "" : "&mail=failed"}`);
}

/**
 * Two steps on one form: "review" only checks the address and shows it back
 * for confirmation; "commit" changes it. Nothing changes before "commit".
 */
export async function changeEmailAction(_prev: EmailChangeState, raw: FormData): Promise<EmailChangeState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const input = z
    .object({ employeeId, email: z.string().max(1024), step: z.enum(["review", "commit", "edit"]) })
    .safeParse({ employeeId: form.get("employeeId"), email: form.get("email") ?? "", step: form.get("step") });
  if (!input.success) return { error: t.office.errors.invalidEmail };
  const { step } = input.data;
  const value = input.data.email.slice(0, 254);
  if (step === "edit") return { value };
  const email = parseEmployeeEmail(input.data.email);
  if (!email) return { fieldErrors: { email: t.office.errors.invalidEmail }, value };
  const session = await getSession();
  const now = await requestNow();
  if (step === "review") {
    const employee = await getEmployeeDetail(session, input.data.employeeId, now).catch((err: unknown) => {
      if (err instanceof OfficeAccessError) return "forbidden" as const;
      throw err;
    });
    if (employee === "forbidden") return { error: t.office.errors.forbidden };
    if (!employee) return { error: t.office.errors.notFound };
    if (sameEmail(email, employee.email)) return { fieldErrors: { email: t.office.errors.sameEmail }, value };
    return { confirmEmail: email };
  }
  const result = await changeEmployeeEmail(session, input.data.employeeId, email, await getRequestInfo(), now);
  if (!result.ok) {
    return result.error === "invalid_email" || result.error === "same_email"
      ? { fieldErrors: { email: errorText(t, result.error) }, value }
      : { error: errorText(t, result.error) };
  }
  redirect(doneUrl(input.data.employeeId, "email", result.notified));
}
