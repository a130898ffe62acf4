/**
 * What every /office/employees/[id] page starts with: the office session, and
 * the employee if it is one of the office's (else 404 — another office's
 * employee and a made-up id look the same).
 */
import "server-only";
import { notFound } from "next/navigation";
import { requestNow } from "@/lib/clock";
import { getEmployeeDetail, type EmployeeDetail } from "./employees";
import { requireOfficeSession } from "@/lib/auth/session";

export async function loadEmployeePage(id: string, subpath = ""): Promise<EmployeeDetail> {
  const session = await requireOfficeSession(`/office/employees/${encodeURIComponent(id)}${subpath}`);
  const employee = await getEmployeeDetail(session, id, await requestNow());
  if (!employee) notFound();
  return employee;
}
