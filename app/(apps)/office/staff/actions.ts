"use server";
/**
 * 事務所スタッフ actions (office administrators). lib/office/staff-admin.ts
 * checks the permission from the database, the office of the target, and that
 * the administrator is not acting on themself, on every call.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action-client";
import type { ActionState } from "@/lib/http/action-result";
import { format } from "@/lib/i18n/message";
import { parseEmployeeEmail } from "@/lib/office/email-address";
import { EMPLOYEE_NAME_MAX } from "@/lib/office/employee-fields";
import { createStaff, resetStaff, setStaffDisabled } from "@/lib/office/staff-admin";

const access = { capability: "office.employees", returnTo: "/office/staff" } as const;
const staffId = z.string().min(1).max(64);

export const createStaffAction = action.state(
  { ...access, input: z.object({ name: z.string().max(1024), email: z.string().max(1024) }), required: ["name", "email"] },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const m = t.officeConsole;
    const name = input.name.normalize("NFKC").trim();
    const email = parseEmployeeEmail(input.email);
    if ([...name].length > EMPLOYEE_NAME_MAX) return { fieldErrors: { name: m.companies.errors.tooLong }, values: input };
    if (!email) return { fieldErrors: { email: m.companies.errors.emailFormat }, values: input };
    const made = await createStaff(session, { name, email }, await request(), now);
    return { ok: true, info: format(made.invitation.ok ? m.staff.created : m.staff.createdMailFailed, { loginId: made.loginId }) };
  },
);

export const staffChangeAction = action.state(
  { ...access, input: z.object({ staffId, change: z.enum(["disable", "enable", "reset"]) }), invalid: (t): ActionState => ({ error: t.office.errors.notFound }) },
  async ({ input, session, t, now, request }): Promise<ActionState> => {
    const m = t.officeConsole.staff;
    const req = await request();
    const result = input.change === "reset"
      ? await resetStaff(session, input.staffId, req, now)
      : { ...(await setStaffDisabled(session, input.staffId, input.change === "disable", req, now)), invitation: null };
    if (!result.ok) return { error: result.error === "self" ? m.self : t.office.errors.notFound };
    // Why no invitation went (a reset right after another meets the mailed-code store's cool-down) is told apart.
    const mail = result.invitation && !result.invitation.ok ? (result.invitation.reason === "cooldown" ? "cooldown" : "failed") : null;
    redirect(`/office/staff?done=${input.change}${mail ? `&mail=${mail}` : ""}`);
  },
);
