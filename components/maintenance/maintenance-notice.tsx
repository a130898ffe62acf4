import type { Locale } from "@/lib/i18n/config";
import { format } from "@/lib/i18n/message";
import type { Messages } from "@/lib/i18n/messages/ja";
import { cachedWindows } from "@/lib/maintenance/cache";
import { noticeDays } from "@/lib/maintenance/config";
import { formatServiceDateTime } from "@/lib/maintenance/format";
import { maintenanceState } from "@/lib/maintenance/state";

/**
 * The notice of an upcoming maintenance window, on every page (the root
 * layout), from MAINTENANCE_NOTICE_DAYS before it starts. Read from the
 * process's cache of windows, so it adds no query to the page.
 */
export async function MaintenanceNotice({ locale, t, now }: { locale: Locale; t: Messages; now: Date }) {
  const state = maintenanceState(await cachedWindows(), now, noticeDays());
  if (state.kind !== "upcoming") return null;
  const m = t.maintenance.notice;
  const custom = locale === "ja" ? state.window.messageJa : state.window.messageEn;
  const period = format(m.period, { start: formatServiceDateTime(state.window.startsAt, locale), end: formatServiceDateTime(state.until, locale) }, locale);
  return (
    <section aria-labelledby="maintenance-notice-title" data-testid="maintenance-notice" className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <div className="mx-auto max-w-5xl space-y-1 break-words">
        <h2 id="maintenance-notice-title" className="font-bold">{m.title}</h2>
        <p>{m.body}</p>
        <p className="font-bold" data-testid="maintenance-period">{period}</p>
        {custom && <p className="whitespace-pre-line">{custom}</p>}
      </div>
    </section>
  );
}
