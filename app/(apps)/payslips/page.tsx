import type { Metadata } from "next";
import { AppUnavailable } from "@/components/apps/app-unavailable";
import { BackLink } from "@/components/apps/back-link";
import { PayslipList } from "@/components/apps/payslip-list";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { appAccess } from "@/lib/licences/queries";
import { listOwnPayslips } from "@/lib/payslips/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.apps.payslips.heading };
}

/** 明細閲覧 (ネット de 明細): the caller's own payslips. Allowed in the limited mode. */
export default async function PayslipsPage() {
  const session = await requireSession({ capability: "payslips.viewOwn", returnTo: "/payslips" });
  const { locale, t } = await getMessages();
  const p = t.apps.payslips;
  const access = await appAccess(session, "PAYSLIPS");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <BackLink href="/home">{t.apps.access.backHome}</BackLink>
        <p className="text-sm text-stone-600">{t.apps.home.apps.PAYSLIPS}</p>
        <h1 className="text-2xl font-bold">{p.heading}</h1>
      </div>
      {access.ok ? (
        <>
          <p className="text-stone-700">{p.lead}</p>
          <PayslipList payslips={await listOwnPayslips(session)} locale={locale} t={p} />
        </>
      ) : (
        <AppUnavailable message={access.reason === "not_licensed" ? t.apps.access.notLicensed : t.apps.access.notEmployee} backLabel={t.apps.access.backHome} />
      )}
    </div>
  );
}
