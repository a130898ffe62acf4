import type { Metadata } from "next";
import { NoticeList } from "@/components/notices/notice-list";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { listPublishedNotices } from "@/lib/notices/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.notices.heading };
}

export default async function NoticesPage() {
  const { locale, t } = await getMessages();
  const notices = await listPublishedNotices(locale, { now: await requestNow() });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.notices.heading}</h1>
      <NoticeList notices={notices} locale={locale} publishedLabel={t.common.published} emptyText={t.common.noNotices} />
    </div>
  );
}
