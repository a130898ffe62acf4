import Link from "next/link";
import { NoticeList } from "@/components/notices/notice-list";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { listPublishedNotices } from "@/lib/notices/queries";

export default async function HomePage() {
  const { locale, t } = await getMessages();
  const notices = await listPublishedNotices(locale, { limit: 3, now: await requestNow() });
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">{t.home.heading}</h1>
        <p className="leading-relaxed">{t.home.lead}</p>
        <p className="text-sm">
          <Link href="/faq" className="text-brand-700 underline underline-offset-4">{t.home.help}</Link>
        </p>
      </section>
      <section aria-labelledby="latest-notices" className="space-y-3">
        <h2 id="latest-notices" className="text-xl font-bold">{t.home.latestNotices}</h2>
        <NoticeList notices={notices} locale={locale} publishedLabel={t.common.published} emptyText={t.common.noNotices} headingLevel={3} />
        <p><Link href="/notices" className="text-brand-700 underline underline-offset-4">{t.common.seeAllNotices}</Link></p>
      </section>
    </div>
  );
}
