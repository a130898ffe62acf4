import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { EmailChangeForm } from "@/components/self-service/email-change-form";
import { emailChangeView } from "@/lib/account/email-change";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.selfService.email.heading };
}

/** メールアドレス変更 (full mode; never before sign-in: docs/requirements.md R-ADDR-1, R-ADDR-3). */
export default async function EmailChangePage() {
  const session = await requireSession({ capability: "security.manage", returnTo: "/settings/email" });
  const view = await emailChangeView(session, await requestNow());
  const { locale, t } = await getMessages();
  const e = t.selfService.email;
  const c = t.selfService.common;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <BackLink href="/settings">{c.backToSettings}</BackLink>
      <h1 className="text-2xl font-bold">{e.heading}</h1>
      <p className="text-stone-700">{e.lead}</p>
      <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <dl>
          <dt className="text-sm text-stone-600">{e.current}</dt>
          <dd className="break-all font-bold" data-testid="current-email">{view.currentEmail}</dd>
        </dl>
        <EmailChangeForm
          pendingLead={view.pending ? format(e.pendingLead, { email: view.pending.newEmail, time: formatDateTime(view.pending.expiresAt, locale) }) : null}
          text={{
            newEmail: e.newEmail,
            newEmailHint: e.newEmailHint,
            password: c.password,
            request: e.request,
            requesting: e.requesting,
            code: c.code,
            codeHint: c.codeHint,
            confirm: e.confirm,
            cancel: e.cancel,
          }}
        />
      </section>
    </div>
  );
}
