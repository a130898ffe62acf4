import type { Metadata } from "next";
import { EmailChangeForm } from "@/components/office/email-change-form";
import { OfficeActionPage } from "@/components/office/office-action-page";
import { getMessages } from "@/lib/i18n";
import { loadEmployeePage } from "@/lib/office/employee-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.office.email.heading };
}

/** メールアドレス変更 (docs/requirements.md R-ADDR-2): the office changes where an employee's codes go. */
export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const employee = await loadEmployeePage(id, "/email");
  const { t } = await getMessages();
  const o = t.office;
  const back = `/office/employees/${encodeURIComponent(employee.id)}`;
  return (
    <OfficeActionPage heading={o.email.heading} employee={employee} backHref={back} backLabel={o.detail.backToEmployee}>
      <p className="text-stone-700">{o.email.lead}</p>
      <EmailChangeForm employeeId={employee.id} currentEmail={employee.email} text={{ ...o.email, cancel: o.cancel }} cancelHref={back} />
    </OfficeActionPage>
  );
}
