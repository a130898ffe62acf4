import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { requestNow } from "@/lib/clock";
import { THEME_COLOR } from "@/lib/home-screen-app";
import { getMessages } from "@/lib/i18n";
import { devOutboxEnabled } from "@/lib/mail/dev-outbox";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return {
    title: { default: t.meta.title, template: `%s | ${t.meta.title}` },
    description: t.meta.description,
    // The home-screen app (app/manifest.ts; icons drawn by scripts/generate-icons.mjs).
    icons: { icon: [{ url: "/icons/icon.svg", type: "image/svg+xml" }, { url: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }], apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t.meta.appName, statusBarStyle: "default" },
  };
}

/** The browser's bars take the header's green. */
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Above the screen until focused (not sr-only: a 1 px box would be a tap target too small to hit). */}
        <a href="#main" className="absolute left-2 top-2 z-50 -translate-y-[200%] rounded bg-white px-3 text-brand-800 focus:translate-y-0">
          {t.nav.skipToContent}
        </a>
        {devOutboxEnabled() && (
          <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-950">
            <a href="/dev/outbox" className="underline underline-offset-2">{t.dev.outbox.banner}</a>
          </p>
        )}
        <SiteHeader locale={locale} t={t} />
        <MaintenanceNotice locale={locale} t={t} now={await requestNow()} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-4 sm:py-6">
          {children}
        </main>
        <footer className="border-t border-stone-200 px-4 py-4 text-center text-xs text-stone-600">{t.footer.operator}</footer>
      </body>
    </html>
  );
}
