import type { Messages } from "@/lib/i18n/messages/ja";
import { MESSAGE_MAX } from "@/lib/maintenance/config";
import { toServiceInput } from "@/lib/maintenance/format";
import type { WindowView } from "@/lib/maintenance/windows";

const field = "block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2";

/** The schedule/edit form of a maintenance window; times are entered in Japan time. */
export function WindowForm({ t, action, window, started }: { t: Messages; action: (form: FormData) => Promise<void>; window?: WindowView; started?: boolean }) {
  const c = t.maintenance.console;
  return (
    <form action={action} className="space-y-4 rounded-xl border border-stone-200 bg-white p-4" data-testid="maintenance-form">
      {window && <input type="hidden" name="id" value={window.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="mw-start" className="block font-bold">{c.start}</label>
          {/* A started window keeps its start (lib/maintenance/windows.ts); the field still posts it. */}
          <input id="mw-start" name="startsAt" type="datetime-local" required readOnly={started} defaultValue={window ? toServiceInput(window.startsAt) : ""} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor="mw-end" className="block font-bold">{c.end}</label>
          <input id="mw-end" name="endsAt" type="datetime-local" required defaultValue={window ? toServiceInput(window.endedEarlyAt ?? window.endsAt) : ""} className={field} />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="mw-ja" className="block font-bold">{c.messageJa}</label>
        <textarea id="mw-ja" name="messageJa" rows={2} maxLength={MESSAGE_MAX} defaultValue={window?.messageJa ?? ""} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="mw-en" className="block font-bold">{c.messageEn}</label>
        <textarea id="mw-en" name="messageEn" rows={2} maxLength={MESSAGE_MAX} defaultValue={window?.messageEn ?? ""} className={field} />
      </div>
      <button type="submit" data-testid="maintenance-submit" className="min-h-12 w-full rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 sm:w-auto">
        {window ? c.save : c.schedule}
      </button>
    </form>
  );
}
