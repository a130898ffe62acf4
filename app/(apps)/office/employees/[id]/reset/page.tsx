import type { Metadata } from "next";
import { ConfirmActionForm } from "@/components/office/confirm-action-form";
import { OfficeActionPage } from "@/components/office/office-action-page";
import { getMessages } from "@/lib/i18n";
import { loadEmployeePage } from "@/lib/office/employee-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.office.reset.heading };
}

/** 2要素認証初期化: what it ends, then [初期化する]. */
export default async function ResetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const employee = await loadEmployeePage(id, "/reset");
  const { t } = await getMessages();
  const o = t.office;
  const back = `/office/employees/${encodeURIComponent(employee.id)}`;
  return (
    <OfficeActionPage heading={o.reset.heading} employee={employee} backHref={back} backLabel={o.detail.backToEmployee}>
      <p className="font-bold">{o.reset.lead}</p>
      <ul className="list-disc space-y-1 pl-5">
        {o.reset.effects.map((e) => <li key={e}>{e}</li>)}
      </ul>
      <ConfirmActionForm kind="reset" employeeId={employee.id} text={{ confirm: o.reset.confirm, cancel: o.cancel }} cancelHref={back} />
    </OfficeActionPage>
  );
}
