/**
 * お知らせ (notices): public announcements shown on the home and notices pages.
 * Returns only what a page shows, in the requested language.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

export type NoticeView = { id: string; slug: string; title: string; body: string; publishedAt: Date };

export async function listPublishedNotices(locale: Locale, opts: { limit?: number; now: Date }): Promise<NoticeView[]> {
  const rows = await getDb().notice.findMany({
    where: { publishedAt: { lte: opts.now } },
    orderBy: { publishedAt: "desc" },
    take: opts.limit,
  });
  return rows.map((n) => ({
    id: n.id,
    slug: n.slug,
    title: locale === "ja" ? n.titleJa : n.titleEn,
    body: locale === "ja" ? n.bodyJa : n.bodyEn,
    publishedAt: n.publishedAt,
  }));
}
