import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { CreateAdditionalAccountForm, DisableAdditionalAccountForm, RenameAdditionalAccountForm } from "@/components/self-service/additional-account-forms";
import { listAdditionalAccounts, mayManageAdditionalAccounts } from "@/lib/account/additional-accounts";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.selfService.accounts.heading };
}

/** 追加アカウント (full mode, main accounts only): list, create, rename, disable. */
export default async function AdditionalAccountsPage() {
  const session = await requireSession({ capability: "accounts.additional", returnTo: "/settings/accounts" });
  const { locale, t } = await getMessages();
  const a = t.selfService.accounts;
  const header = (
    <>
      <BackLink href="/settings">{t.selfService.common.backToSettings}</BackLink>
      <h1 className="text-2xl font-bold">{a.heading}</h1>
    </>
  );
  if (!(await mayManageAdditionalAccounts(session))) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        {header}
        <p className="rounded-lg border border-stone-200 bg-white p-4" data-testid="accounts-not-allowed">{a.notAllowed}</p>
      </div>
    );
  }
  const accounts = await listAdditionalAccounts(session);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        {header}
        <p className="text-stone-700">{a.lead}</p>
      </div>
      <section aria-labelledby="accounts-list" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="accounts-list" className="text-lg font-bold">{a.listHeading}</h2>
        {accounts.length === 0 ? (
          <p className="text-stone-600">{a.none}</p>
        ) : (
          <ul className="space-y-4" data-testid="additional-accounts">
            {accounts.map((acc) => (
              <li key={acc.id} className="space-y-3 rounded-lg border border-stone-200 p-3" data-testid={`account-${acc.loginId}`}>
                <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
                  <dt className="text-stone-600">{a.loginId}</dt>
                  <dd className="font-mono">{acc.loginId}</dd>
                  <dt className="text-stone-600">{a.name}</dt>
                  <dd data-testid="account-name">{acc.displayName}</dd>
                  <dt className="text-stone-600">{a.email}</dt>
                  <dd className="break-all">{acc.email}</dd>
                  <dt className="text-stone-600">{a.status}</dt>
                  <dd data-testid="account-status">{acc.disabled ? a.disabled : a.active}（{formatDate(acc.createdAt, locale)}）</dd>
                </dl>
                {!acc.disabled && (
                  <>
                    <RenameAdditionalAccountForm id={acc.id} loginId={acc.loginId} displayName={acc.displayName} text={{ name: a.name, rename: a.rename }} />
                    <DisableAdditionalAccountForm
                      id={acc.id}
                      loginId={acc.loginId}
                      text={{ disable: a.disable, confirm: format(a.disableConfirm, { loginId: acc.loginId }), submit: a.disableSubmit }}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="accounts-create" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="accounts-create" className="text-lg font-bold">{a.createHeading}</h2>
        <p className="text-sm text-stone-700">{format(a.createLead, { example: `${session.loginId}-1` })}</p>
        <CreateAdditionalAccountForm
          text={{
            name: a.name,
            namePlaceholder: a.namePlaceholder,
            email: a.email,
            password: t.selfService.common.currentPassword,
            passwordHint: a.passwordHint,
            create: a.create,
            creating: a.creating,
            loginId: a.loginId,
            initialPassword: a.initialPassword,
            initialPasswordNote: a.initialPasswordNote,
          }}
        />
      </section>
    </div>
  );
}
