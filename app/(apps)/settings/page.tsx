import Link from "next/link";
import { EnrolledNotice } from "@/components/auth/enrolled-notice";
import { mayManageAdditionalAccounts } from "@/lib/account/additional-accounts";
import { securityOverview } from "@/lib/auth/security";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.settings.heading };
}

type Entry = { href: string; title: string; lead: string; testId: string };

/**
 * 各種設定 (full mode): a short menu, one entry per section, each section its own page
 * (2要素認証, 省略設定, password, e-mail, additional accounts, 2要素認証初期化), so none
 * sits at the bottom of a long page on a phone.
 */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession({ capability: "settings", returnTo: "/settings" });
  const overview = await securityOverview(session);
  const ownsAccounts = await mayManageAdditionalAccounts(session);
  const { t } = await getMessages();
  const s = t.auth.settings;
  const links = t.selfService.settingsLinks;
  const entries: Entry[] = [
    { href: "/settings/skip", title: t.skip.settings.link, lead: t.skip.settings.linkLead, testId: "settings-skip-link" },
    { href: "/settings/two-factor", title: s.twoFactor, lead: links.twoFactorLead, testId: "link-two-factor" },
    { href: "/settings/password", title: links.password, lead: links.passwordLead, testId: "link-password" },
    { href: "/settings/email", title: links.email, lead: links.emailLead, testId: "link-email" },
    ...(ownsAccounts ? [{ href: "/settings/accounts", title: links.accounts, lead: links.accountsLead, testId: "link-accounts" }] : []),
    { href: "/settings/two-factor-reset", title: links.reset, lead: links.resetLead, testId: "link-two-factor-reset" },
    { href: "/settings/login-history", title: t.audit.loginHistory.link, lead: t.audit.loginHistory.linkLead, testId: "link-login-history" },
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{s.heading}</h1>
      <EnrolledNotice params={await searchParams} fullMode={session.mode === "FULL"} message={t.auth.setup.enrolledNotice} />
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={s.account} data-testid="settings-account">
        <div className="flex gap-2"><dt className="shrink-0 whitespace-nowrap text-stone-600">{s.loginId}</dt><dd className="font-mono">{overview.loginId}</dd></div>
        <div className="flex gap-2"><dt className="shrink-0 whitespace-nowrap text-stone-600">{s.name}</dt><dd>{overview.displayName}</dd></div>
      </dl>
      <nav aria-label={links.heading}>
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white" data-testid="settings-menu">
          {entries.map((e) => (
            <li key={e.href}>
              <Link href={e.href} data-testid={e.testId} className="flex min-h-14 items-center justify-between gap-3 px-4 py-3 hover:bg-brand-50">
                <span>
                  <span className="block font-bold text-brand-800">{e.title}</span>
                  <span className="block text-sm text-stone-600">{e.lead}</span>
                </span>
                <span aria-hidden="true" className="text-brand-700">→</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
