import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages/ja";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({ locale, t, children }: { locale: Locale; t: Messages; children?: React.ReactNode }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold">
          <span aria-hidden="true" className="rounded bg-white px-1.5 text-brand-700">扉</span>
          <span>{t.meta.title}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-3">
          <nav aria-label={t.nav.mainNavigation} className="flex items-center gap-3 text-sm">
            <Link className="min-h-11 content-center underline-offset-4 hover:underline" href="/notices">{t.nav.notices}</Link>
            <Link className="min-h-11 content-center underline-offset-4 hover:underline" href="/faq">{t.nav.faq}</Link>
            {children}
          </nav>
          <LanguageSwitch locale={locale} label={t.nav.language} />
        </div>
      </div>
    </header>
  );
}
