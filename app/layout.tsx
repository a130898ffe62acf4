import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { getMessages } from "@/lib/i18n";
import { devOutboxEnabled } from "@/lib/mail/dev-outbox";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: { default: t.meta.title, template: `%s | ${t.meta.title}` }, description: t.meta.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#175546" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t.nav.skipToContent}
        </a>
        {devOutboxEnabled() && (
          <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-950">
            <a href="/dev/outbox" className="underline underline-offset-2">{t.dev.outbox.banner}</a>
          </p>
        )}
        <SiteHeader locale={locale} t={t} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-stone-200 px-4 py-4 text-center text-xs text-stone-600">{t.footer.operator}</footer>
      </body>
    </html>
  );
}
