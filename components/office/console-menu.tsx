import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages/ja";
import { CONSOLE_SECTIONS } from "@/lib/office/console-sections";

/** The office console's sections as links, the current one marked. */
export function ConsoleMenu({ t, current, admin }: { t: Messages; current: string; admin: boolean }) {
  const sections = CONSOLE_SECTIONS.filter((s) => admin || !s.adminOnly);
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
