import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getMessages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { devOutboxEnabled, listDevMail } from "@/lib/mail/dev-outbox";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.dev.outbox.heading, robots: { index: false } };
}

/**
 * 開発用メール受信箱: the mail the app sent while no mail service is configured
 * (lib/mail/dev-outbox.ts). Outside development and the demo it does not exist.
 */
export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection(); // decided per request, from the server's environment
  if (!devOutboxEnabled()) notFound();
  const { to } = await searchParams;
  const filter = typeof to === "string" && to.trim() ? to.trim().slice(0, 254) : undefined;
  const { locale, t } = await getMessages();
  const o = t.dev.outbox;
  const mails = await listDevMail(filter);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{o.heading}</h1>
      <p className="text-sm leading-relaxed text-stone-700">{o.lead}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-bold">
          {o.filterLabel}
          <input
            name="to"
            type="email"
            defaultValue={filter}
            className="min-h-11 w-full rounded-lg border border-stone-400 px-3 font-normal"
            autoComplete="off"
          />
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-bold text-white">{o.filter}</button>
        {filter && <a href="/dev/outbox" className="min-h-11 content-center text-sm text-brand-700 underline underline-offset-4">{o.all}</a>}
      </form>
      {mails.length === 0 ? (
        <p>{o.empty}</p>
      ) : (
        <ol className="space-y-3">
          {mails.map((mail) => (
            <li key={mail.id}>
              <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
                <article data-testid="dev-mail" aria-label={mail.subject}>
                  <h2 className="font-bold break-words">{mail.subject}</h2>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
                    <dt>{o.to}</dt>
                    <dd className="break-all">{mail.to}</dd>
                    <dt>{o.sentAt}</dt>
                    <dd>{formatDateTime(mail.createdAt, locale)}</dd>
                  </dl>
                  <pre className="mt-3 text-sm leading-relaxed break-words whitespace-pre-wrap">{mail.text}</pre>
                </article>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
