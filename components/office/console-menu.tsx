import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages/ja";
import { CONSOLE_SECTIONS } from "@/lib/office/console-sections";

/**
 * The office console's sections as links, the current one marked; on the console's
 * front page (`index`), each with its lead, as the page's menu.
 */
export function ConsoleMenu({ t, current, admin, index = false }: { t: Messages; current: string; admin: boolean; index?: boolean }) {
  const sections = CONSOLE_SECTIONS.filter((s) => admin || !s.adminOnly);
  if (index) {
    return (
      <nav aria-label={t.office.nav}>
        <ul className="grid gap-3 sm:grid-cols-2">
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href} data-testid={s.testId} className="block min-h-11 rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-700">
                <span className="block text-lg font-bold text-brand-700 underline underline-offset-4">{s.title(t)}</span>
                <span className="mt-1 block text-stone-700">{s.lead(t)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  if (sections.length < 2) return null;
  return (
    <nav aria-label={t.office.nav}>
      <ul className="flex flex-wrap gap-2">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              data-testid={s.testId}
              aria-current={s.href === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-brand-700 aria-[current=page]:border-brand-700 aria-[current=page]:font-bold"
            >
              {s.title(t)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
