import type { Metadata } from "next";
import Link from "next/link";
import { AppTile } from "@/components/apps/app-tile";
import { EnrolledNotice } from "@/components/auth/enrolled-notice";
import { ClientCompanyList } from "@/components/apps/client-company-list";
import { LockedFunction } from "@/components/apps/locked-function";
import { getHomeView } from "@/lib/home/queries";
import { requireAnySession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.apps.home.heading };
}

const STEP_UP_HREF = `/step-up?callbackUrl=${encodeURIComponent("/home")}`;

/**
 * ホーム: the menu behind the gate. Any signed-in session sees it; each function checks its own capability.
 * The apps come first, 打刻 at their head, so a phone shows it under the thumb; the limited mode's note
 * (step-up, and 2要素認証初期化 for an account that has a factor to reset) follows them.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireAnySession("/home");
  const { t } = await getMessages();
  const h = t.apps.home;
  const view = await getHomeView(session);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{h.heading}</h1>
        <EnrolledNotice params={await searchParams} fullMode={session.mode === "FULL"} message={t.auth.setup.enrolledNotice} />
        <p className="text-stone-700">{h.lead}</p>
      </div>

      {view.kind === "employee" ? (
        <section aria-labelledby="apps-heading" className="space-y-3">
          <h2 id="apps-heading" className="text-xl font-bold">{h.appsHeading}</h2>
          {view.tiles.length === 0 ? (
            <p className="text-stone-600" data-testid="no-apps">{h.noApps}</p>
          ) : (
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {view.tiles.map((tile) => (
                <AppTile key={tile.app} tile={tile} t={h} stepUpHref={STEP_UP_HREF} />
              ))}
            </div>
          )}
        </section>
      ) : (
        <section aria-labelledby="clients-heading" className="space-y-3">
          <h2 id="clients-heading" className="text-xl font-bold">{h.clients.heading}</h2>
          <p className="text-sm text-stone-700">{h.clients.lead}</p>
          <Link
            href="/office"
            data-testid="link-office"
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50"
          >
            {t.office.heading}
          </Link>
          <ClientCompanyList companies={view.companies} t={h} />
        </section>
      )}

      {session.mode === "LIMITED" && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="limited-note">
          {h.limitedNote}{" "}
          <Link href={STEP_UP_HREF} className="inline-block min-h-11 content-center font-bold underline underline-offset-4" data-testid="step-up-link">
            {h.stepUp}
          </Link>
          {view.account.resetOwn && (
            <>
              <br />
              <Link href="/settings/two-factor-reset" className="mt-1 inline-block min-h-11 content-center underline underline-offset-4" data-testid="limited-reset-link">
                {t.selfService.reset.limitedLink}
              </Link>
            </>
          )}
        </p>
      )}

      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="text-xl font-bold">{h.accountHeading}</h2>
        <ul className="flex flex-wrap gap-3">
          {view.account.links.map((l) => (
            <li key={l.fn}>
              <Link
                href={l.href}
                data-testid={`link-${l.fn}`}
                className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50"
              >
                {h.functions[l.fn]}
              </Link>
            </li>
          ))}
          {view.account.locked.map((fn) => (
            <li key={fn}>
              <LockedFunction name={h.functions[fn]} badge={h.locked} href={STEP_UP_HREF} testId={`locked-${fn}`} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
