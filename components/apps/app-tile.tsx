import Link from "next/link";
import type { HomeTile } from "@/lib/home/tiles";
import type { Messages } from "@/lib/i18n/messages/ja";
import { LockedFunction } from "./locked-function";

const GLYPH: Record<HomeTile["app"], string> = { ATTENDANCE: "就", PAYSLIPS: "明", RECEPTION: "受" };

/** One app of the home menu: the functions the session may use as links, the others locked. */
export function AppTile({ tile, t, stepUpHref }: { tile: HomeTile; t: Messages["apps"]["home"]; stepUpHref: string }) {
  const headingId = `app-${tile.app.toLowerCase()}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`app-tile-${tile.app.toLowerCase()}`}
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <h3 id={headingId} className="flex items-center gap-3 text-lg font-bold text-brand-800">
        <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-700 text-xl text-white">
          {GLYPH[tile.app]}
        </span>
        {t.apps[tile.app]}
      </h3>
      <ul className="space-y-2">
        {tile.links.map((l) => (
          <li key={l.fn}>
            <Link
              href={l.href}
              data-testid={`link-${l.fn}`}
              className="flex min-h-11 items-center justify-between rounded-lg bg-brand-50 px-3 py-2 font-bold text-brand-800 hover:bg-brand-100"
            >
              {t.functions[l.fn]}
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        ))}
        {tile.locked.map((fn) => (
          <li key={fn}>
            <LockedFunction name={t.functions[fn]} badge={t.locked} href={stepUpHref} testId={`locked-${fn}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
