import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppUnavailable } from "@/components/apps/app-unavailable";
import { BackLink } from "@/components/apps/back-link";
import { PayslipItemsTable } from "@/components/apps/payslip-items-table";
import { PayslipTotals } from "@/components/apps/payslip-totals";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { formatPayPeriod } from "@/lib/i18n/format-apps";
import { appAccess } from "@/lib/licences/queries";
import { getOwnPayslip } from "@/lib/payslips/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.apps.payslips.heading };
}

/** One payslip of the caller. Another account's id is "not found", exactly like an id that does not exist. */
export default async function PayslipPage({ params }: Props) {
  const { id } = await params;
  const session = await requireSession({ capability: "payslips.viewOwn", returnTo: `/payslips/${encodeURIComponent(id)}` });
  const { locale, t } = await getMessages();
  const p = t.apps.payslips;
  const access = await appAccess(session, "PAYSLIPS");
  if (!access.ok) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">{p.heading}</h1>
        <AppUnavailable message={access.reason === "not_licensed" ? t.apps.access.notLicensed : t.apps.access.notEmployee} backLabel={t.apps.access.backHome} />
      </div>
    );
  }
  const payslip = await getOwnPayslip(session, id);
  if (!payslip) notFound();
  return (
    <article className="mx-auto max-w-2xl space-y-6" data-testid="payslip-detail" data-period={payslip.period}>
      <div>
        <BackLink href="/payslips" testId="payslip-back">{p.back}</BackLink>
        <p className="text-sm text-stone-600">{t.apps.home.apps.PAYSLIPS}</p>
        <h1 className="text-2xl font-bold">{formatPayPeriod(payslip.period, locale)}</h1>
        <p className="text-stone-700">
          {p.payDate}: <time dateTime={payslip.payDate.toISOString()}>{formatDate(payslip.payDate, locale)}</time>
        </p>
      </div>
      <PayslipTotals grossPay={payslip.grossPay} totalDeductions={payslip.totalDeductions} netPay={payslip.netPay} locale={locale} t={p} />
      <div className="grid gap-6 md:grid-cols-2">
        <PayslipItemsTable caption={p.earnings} items={payslip.earnings} totalLabel={p.grossPay} total={payslip.grossPay} locale={locale} t={p} testId="earnings-table" />
        <PayslipItemsTable
          caption={p.deductions}
          items={payslip.deductions}
          totalLabel={p.totalDeductions}
          total={payslip.totalDeductions}
          locale={locale}
          t={p}
          testId="deductions-table"
        />
      </div>
    </article>
  );
}
