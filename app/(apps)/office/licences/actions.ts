"use server";
/**
 * ライセンス管理 action: a plain form per company (works without JavaScript).
 * The action client checks the session (full mode, office staff); the data
 * layer checks that the company belongs to the caller's office.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action-client";
import { setCompanyLicences } from "@/lib/licences/admin";
import { APP_KINDS } from "@/lib/licences/queries";

const checkbox = z.union([z.literal("on"), z.literal("")]);

export const saveLicencesAction = action.form(
  {
    capability: "office.employees",
    returnTo: "/office/licences",
    input: z.object({ companyId: z.string().min(1).max(64), ATTENDANCE: checkbox, PAYSLIPS: checkbox, RECEPTION: checkbox }),
  },
  async ({ input, session, request }) => {
    const inUse = APP_KINDS.filter((app) => input[app] === "on");
    const result = await setCompanyLicences(session, input.companyId, inUse, await request());
    if (!result.ok) redirect("/office/licences?error=not_found");
    redirect(`/office/licences?${result.changed ? "saved" : "unchanged"}=${encodeURIComponent(input.companyId)}`);
  },
);
