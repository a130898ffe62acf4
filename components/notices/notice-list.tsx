import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { NoticeView } from "@/lib/notices/queries";

export function NoticeList({ notices, locale, publishedLabel, emptyText, headingLevel = 2 }: {
  notices: NoticeView[];
  locale: Locale;
  publishedLabel: string;
  emptyText: string;
  headingLevel?: 2 | 3;
}) {
  if (notices.length === 0) return <p className="text-stone-600">{emptyText}</p>;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="space-y-4">
      {notices.map((n) => (
        <li key={n.id} id={n.slug}>
          <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <H className="text-lg font-bold text-brand-800">{n.title}</H>
            <p className="mt-1 text-sm text-stone-600">
              {publishedLabel}: <time dateTime={n.publishedAt.toISOString()}>{formatDate(n.publishedAt, locale)}</time>
            </p>
            <div className="mt-3 space-y-2 leading-relaxed">
              {n.body.split(/\n{2,}/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
