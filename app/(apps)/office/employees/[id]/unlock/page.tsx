import type { Metadata } from "next";
import { ConfirmActionForm } from "@/components/office/confirm-action-form";
import { OfficeActionPage } from "@/components/office/office-action-page";
import { getMessages } from "@/lib/i18n";
import { loadEmployeePage } from "@/lib/office/employee-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.office.unlock.heading };
}

/** ロック解除: what it does, then [ロックを解除する]; an account that is not locked has nothing to unlock. */
export default async function UnlockPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const employee = await loadEmployeePage(id, "/unlock");
  const { t } = await getMessages();
  const o = t.office;
  const back = `/office/employees/${encodeURIComponent(employee.id)}`;
  return (
    <OfficeActionPage heading={o.unlock.heading} employee={employee} backHref={back} backLabel={o.detail.backToEmployee}>
      {employee.locked ? (
        <>
          <p className="font-bold">{o.unlock.lead}</p>
          <ul className="list-disc space-y-1 pl-5">
            {o.unlock.effects.map((e) => <li key={e}>{e}</li>)}
          </ul>
          <ConfirmActionForm kind="unlock" employeeId={employee.id} text={{ confirm: o.unlock.confirm, cancel: o.cancel }} cancelHref={back} />
        </>
      ) : (
        <p data-testid="not-locked">{o.unlock.notLocked}</p>
      )}
    </OfficeActionPage>
  );
}
