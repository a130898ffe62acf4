import Link from "next/link";
import { logoutAction } from "@/app/actions/session";
import { mayManageEmployees } from "@/lib/auth/policy";
import { getSession } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages/ja";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale, t }: { locale: Locale; t: Messages }) {
  const session = await getSession();
  const link = "min-h-11 content-center underline-offset-4 hover:underline";
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <Link href={session ? "/home" : "/"} className="flex min-h-11 items-center gap-2 text-lg font-bold">
          <span aria-hidden="true" className="rounded bg-white px-1.5 text-brand-700">扉</span>
          <span>{t.meta.title}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-3">
          <nav aria-label={t.nav.mainNavigation} className="flex flex-wrap items-center gap-x-3 text-sm">
            {session && <Link className={link} href="/home">{t.apps.home.heading}</Link>}
            {session && mayManageEmployees(session.role) && <Link className={link} href="/office" data-testid="nav-office">{t.office.nav}</Link>}
            <Link className={link} href="/notices">{t.nav.notices}</Link>
            <Link className={link} href="/faq">{t.nav.faq}</Link>
            {!session && <Link className={link} href="/login">{t.nav.login}</Link>}
          </nav>
          <LanguageSwitch locale={locale} label={t.nav.language} />
          {session && (
            <div className="flex items-center gap-2 text-sm">
              <span className="hidden sm:inline" data-testid="signed-in-as">{session.displayName}（{session.loginId}）</span>
              <span className="rounded bg-white/15 px-2 py-0.5 text-xs" aria-label={t.auth.session.modeLabel} data-testid="session-mode">
                {session.mode === "FULL" ? t.auth.session.modeFull : t.auth.session.modeLimited}
              </span>
              <form action={logoutAction}>
                <button type="submit" className="min-h-11 rounded border border-white/60 px-3 hover:bg-white/10">{t.auth.session.logout}</button>
              </form>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
