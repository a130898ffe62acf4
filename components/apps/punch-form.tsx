"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { PunchView } from "@/lib/attendance/punches";
import { initialActionState, type ActionState } from "@/lib/http/action-result";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages/ja";
import { PunchList } from "./punch-list";

/**
 * A punch's answer carries today's punches and the key for the next tap, so the
 * action needs no re-render of the page: the response stays small and fast for
 * a phone on a crowded network at 8:59.
 */
export type PunchFormState = ActionState & { punches?: PunchView[]; nextKey?: string };

/**
 * 出勤 / 退勤 and 本日の打刻. One idempotency key per answer: both buttons are
 * disabled while a punch is being sent, so a double tap sends once; the result
 * is announced in a live region. `children` is the clock above the buttons.
 */
export function PunchForm({
  action,
  idempotencyKey,
  initialPunches,
  locale,
  t,
  children,
}: {
  action: (prev: PunchFormState, form: FormData) => Promise<PunchFormState>;
  idempotencyKey: string;
  initialPunches: PunchView[];
  locale: Locale;
  t: Messages["apps"]["attendance"];
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState as PunchFormState);
  const punches = state.punches ?? initialPunches;
  const key = state.nextKey ?? idempotencyKey;
  const button =
    "min-h-24 rounded-xl px-4 py-4 text-2xl font-bold text-white shadow-sm disabled:cursor-wait disabled:opacity-60 sm:min-h-28 sm:text-3xl";
  return (
    <>
      <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        {children}
        <form action={formAction} className="space-y-3" aria-busy={pending} data-testid="punch-form">
          <input type="hidden" name="idempotencyKey" value={key} />
          <fieldset className="grid grid-cols-2 gap-3">
            <legend className="sr-only">{t.buttonsLabel}</legend>
            <button type="submit" name="kind" value="IN" disabled={pending} className={`${button} bg-brand-700 hover:bg-brand-800`} data-testid="punch-in">
              {t.clockIn}
            </button>
            <button type="submit" name="kind" value="OUT" disabled={pending} className={`${button} bg-stone-700 hover:bg-stone-800`} data-testid="punch-out">
              {t.clockOut}
            </button>
          </fieldset>
          <div data-testid="punch-status" className="space-y-2">
            <FormAlert tone="info" message={pending ? t.sending : (state.info ?? null)} />
            <FormAlert tone="error" message={!pending ? (state.error ?? null) : null} />
          </div>
        </form>
        <p className="text-sm text-stone-600">{t.serverTimeNote}</p>
      </section>
      <section aria-labelledby="today-heading" className="space-y-2">
        <h2 id="today-heading" className="text-xl font-bold">{t.today}</h2>
        <PunchList punches={punches} locale={locale} t={t} />
      </section>
    </>
  );
}
