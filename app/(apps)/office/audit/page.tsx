import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { FormAlert } from "@/components/ui/form-alert";
import { verifyAuditChainFor } from "@/lib/audit/console";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";
import { isOfficeAdmin } from "@/lib/office/staff";

const AUDIT_PATH = "/office/audit";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.audit.console.heading };
}

/**
 * 監査ログ (office console): checks the hash chain on request. A GET form (?verify=1)
 * rather than on every visit, since the walk reads the whole log; it changes nothing,
 * so it needs no server action.
 */
export default async function OfficeAuditPage({ searchParams }: { searchParams: Promise<{ verify?: string | string[] }> }) {
  const session = await requireOfficeSession(AUDIT_PATH);
  const { locale, t } = await getMessages();
  const c = t.audit.console;
  const admin = await isOfficeAdmin(session);
  const report = (await searchParams).verify === "1" ? await verifyAuditChainFor(session) : null;
  const b = report?.firstBreak;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{t.officeConsole.back}</BackLink>
        <p className="text-sm text-stone-600">{t.office.nav}</p>
        <h1 className="text-2xl font-bold">{c.heading}</h1>
        <p className="text-stone-700">{c.lead}</p>
      </div>
      <ConsoleMenu t={t} current={AUDIT_PATH} admin={admin} />
      <form method="get" action={AUDIT_PATH} className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
        <input type="hidden" name="verify" value="1" />
        <button type="submit" data-testid="audit-verify" className="min-h-12 w-full rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 sm:w-auto">
          {c.verify}
        </button>
        <p className="text-sm text-stone-600">{c.verifyHint}</p>
      </form>
      {report &&
        (report.intact ? (
          <FormAlert tone="info" id="audit-verify-result" message={format(c.intact, { count: report.count, lastSeq: report.lastSeq ?? c.noSeq })} />
        ) : (
          <FormAlert
            id="audit-verify-result"
            message={format(c.broken, { seq: b?.seq ?? c.noSeq, at: b ? formatDateTime(b.at, locale) : "", reason: b ? c.reason[b.reason] : "" })}
          />
        ))}
    </div>
  );
}
