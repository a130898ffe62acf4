import Link from "next/link";
import { logoutAction } from "@/app/actions/session";
import { mayManageEmployees } from "@/lib/auth/policy";
import { getSession } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages/ja";
import { LanguageSwitch } from "./language-switch";
import { SiteMenu } from "./site-menu";

/**
 * The frame's top: one row (the mark, the menu, ログアウト) and, when signed in, a
 * thin line saying which account this is — name and login ID on every screen
 * size, so a main account and its additional account never look the same. On a
 * phone the links and the language switch fold into the menu.
 */
export async function SiteHeader({ locale, t }: { locale: Locale; t: Messages }) {
  const session = await getSession();
  const link = "flex min-h-11 items-center rounded px-2 underline-offset-4 hover:underline";
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-1">
        <Link href={session ? "/home" : "/"} className="flex min-h-11 min-w-11 items-center gap-2 text-lg font-bold">
          <span aria-hidden="true" className="rounded bg-white px-1.5 text-brand-700">扉</span>
          {/* Signed in, a phone's row also holds ログアウト: the name stays for screen readers. */}
          <span className={session ? "sr-only sm:not-sr-only" : undefined}>{t.meta.title}</span>
        </Link>
        <div className="flex items-center gap-2">
          <SiteMenu label={t.nav.menu}>
            <nav aria-label={t.nav.mainNavigation} className="flex flex-col gap-1 text-sm sm:flex-row sm:items-center sm:gap-1">
              {session && <Link className={link} href="/home">{t.apps.home.heading}</Link>}
              {session && mayManageEmployees(session.role) && <Link className={link} href="/office" data-testid="nav-office">{t.office.nav}</Link>}
              <Link className={link} href="/notices">{t.nav.notices}</Link>
              <Link className={link} href="/faq">{t.nav.faq}</Link>
              {!session && <Link className={link} href="/login">{t.nav.login}</Link>}
            </nav>
            <LanguageSwitch locale={locale} label={t.nav.language} />
          </SiteMenu>
          {session && (
            <form action={logoutAction}>
              <button type="submit" className="min-h-11 whitespace-nowrap rounded border border-white/60 px-3 text-sm hover:bg-white/10">{t.auth.session.logout}</button>
            </form>
          )}
        </div>
      </div>
      {session && (
        <div className="bg-brand-800">
          <p className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4 py-1 text-xs leading-5 sm:text-sm" data-testid="account-line">
            <span className="sr-only">{t.nav.signedInAs}</span>
            {/* One line: a long name gives way (ellipsis), the login ID never does. */}
            <span className="flex min-w-0 max-w-full" data-testid="signed-in-as">
              <span className="min-w-0 truncate">{session.displayName}</span>
              <span className="shrink-0">（{session.loginId}）</span>
            </span>
            <span className="shrink-0 rounded bg-white/15 px-2" aria-label={t.auth.session.modeLabel} data-testid="session-mode">
              {session.mode === "FULL" ? t.auth.session.modeFull : t.auth.session.modeLimited}
            </span>
          </p>
        </div>
      )}
    </header>
  );
}
