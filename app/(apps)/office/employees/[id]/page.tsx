import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/apps/back-link";
import { InviteEmployeeForm } from "@/components/office/invite-employee-form";
import { ToggleDisabledForm } from "@/components/office/toggle-disabled-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getMessages } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { loadEmployeePage } from "@/lib/office/employee-page";
import { format } from "@/lib/i18n/message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.office.heading };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; mail?: string }> };

/** One employee: account, sign-in status, and the office's actions (each has its own confirmation page). */
export default async function EmployeePage({ params, searchParams }: Props) {
  const { id } = await params;
  const employee = await loadEmployeePage(id);
  const { done, mail } = await searchParams;
  const { locale, t } = await getMessages();
  const o = t.office;
  const d = o.detail;
  const base = `/office/employees/${encodeURIComponent(employee.id)}`;
  const e = t.officeConsole.employees;
  const consoleDone: Record<string, string> = {
    created: format(e.created, { loginId: employee.loginId }),
    created_mail_failed: format(e.createdMailFailed, { loginId: employee.loginId }),
    disabled: e.disable.disabled,
    enabled: e.disable.enabled,
  };
  const doneText = done === "reset" ? o.reset.done : done === "unlock" ? o.unlock.done : done === "email" ? o.email.done : done && Object.hasOwn(consoleDone, done) ? consoleDone[done]! : null;
  const row = "grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[12rem_1fr]";
  const action = "inline-flex min-h-12 w-full items-center justify-center rounded-lg border border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50 sm:w-auto";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <BackLink href="/office/employees">{d.back}</BackLink>
        <p className="text-sm text-stone-600">{o.heading}</p>
        <h1 className="text-2xl font-bold">
          {employee.displayName} <span className="font-mono text-lg font-normal">{employee.loginId}</span>
        </h1>
      </div>
      {doneText && <FormAlert tone="info" message={mail === "failed" ? `${doneText}${o.mailFailed}` : doneText} id="office-done" />}
      {employee.awaitingInvitation && <p className="text-sm text-stone-700" data-testid="detail-awaiting">{e.awaiting}</p>}

      <section aria-labelledby="employee-account" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="employee-account" className="mb-2 text-lg font-bold">{d.account}</h2>
        <dl>
          <div className={row}><dt className="text-stone-600">{d.company}</dt><dd>{employee.company.name}（{employee.company.code}）</dd></div>
          <div className={row}><dt className="text-stone-600">{o.columns.loginId}</dt><dd className="font-mono">{employee.loginId}</dd></div>
          <div className={row}>
            <dt className="text-stone-600">{o.columns.name}</dt>
            <dd>
              {employee.displayName}
              {employee.additional && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs">{o.additional}</span>}
              {employee.disabled && <span className="ml-2 rounded bg-stone-700 px-1.5 text-xs text-white">{o.disabled}</span>}
            </dd>
          </div>
          <div className={row}><dt className="text-stone-600">{o.columns.email}</dt><dd className="break-all" data-testid="detail-email">{employee.email}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="employee-status" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="employee-status" className="mb-2 text-lg font-bold">{d.status}</h2>
        <dl>
          <div className={row}><dt className="text-stone-600">{o.columns.factor}</dt><dd data-testid="detail-factor">{o.factor[employee.factor]}</dd></div>
          {employee.totpSince && (
            <div className={row}><dt className="text-stone-600">{d.totpSince}</dt><dd>{formatDate(employee.totpSince, locale)}</dd></div>
          )}
          <div className={row}>
            <dt className="text-stone-600">{o.columns.lock}</dt>
            <dd data-testid="detail-lock">
              {!employee.locked
                ? o.notLocked
                : employee.lockedUntil
                  ? format(d.lockedUntil, { time: formatDateTime(employee.lockedUntil, locale) })
                  : d.lockedIndefinitely}
            </dd>
          </div>
          <div className={row}><dt className="text-stone-600">{o.columns.browsers}</dt><dd data-testid="detail-browsers">{format(o.browserCount, { count: employee.rememberedBrowsers })}</dd></div>
          <div className={row}><dt className="text-stone-600">{d.sessions}</dt><dd data-testid="detail-sessions">{format(d.sessionCount, { count: employee.activeSessions })}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="employee-actions" className="space-y-3">
        <h2 id="employee-actions" className="text-lg font-bold">{d.actions}</h2>
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <Link href={`${base}/reset`} className={action} data-testid="action-reset">{o.reset.link}</Link>
          {employee.locked && <Link href={`${base}/unlock`} className={action} data-testid="action-unlock">{o.unlock.link}</Link>}
          <Link href={`${base}/email`} className={action} data-testid="action-email">{o.email.link}</Link>
        </div>
      </section>

      {employee.awaitingInvitation && !employee.disabled && (
        <section aria-labelledby="employee-invitation" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="employee-invitation" className="text-lg font-bold">{e.invite.heading}</h2>
          <p className="text-stone-700">{e.invite.lead}</p>
          <InviteEmployeeForm employeeId={employee.id} label={e.invite.button} />
        </section>
      )}

      <section aria-labelledby="employee-disable" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="employee-disable" className="text-lg font-bold">{e.disable.heading}</h2>
        <p className="text-stone-700">{employee.disabled ? e.disable.enableLead : e.disable.lead}</p>
        <ToggleDisabledForm kind="employee" id={employee.id} disable={!employee.disabled} label={employee.disabled ? e.disable.enableButton : e.disable.button} />
      </section>
    </div>
  );
}
