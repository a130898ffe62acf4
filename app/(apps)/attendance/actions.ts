"use server";
/**
 * 打刻 action. A public endpoint like any other: it checks the session and
 * capability itself, validates the form, and leaves every rule (who, which
 * company, repeats) to lib/attendance/punches.ts.
 */
import { z } from "zod";
import type { PunchFormState } from "@/components/apps/punch-form";
import { punch, type PunchResult } from "@/lib/attendance/punches";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { requireForm } from "@/lib/http/action-input";
import { getMessages } from "@/lib/i18n";
import { formatTime } from "@/lib/i18n/format-apps";
import { AppAccessError } from "@/lib/licences/queries";

const input = z.object({ kind: z.enum(["IN", "OUT"]), idempotencyKey: z.uuid() });

export async function punchAction(_prev: PunchFormState, raw: FormData): Promise<PunchFormState> {
  const form = requireForm(raw);
  const session = await requireSession({ capability: "attendance.punch", returnTo: "/attendance" });
  const { locale, t } = await getMessages();
  const a = t.apps.attendance;
  const parsed = input.safeParse({ kind: form.get("kind"), idempotencyKey: form.get("idempotencyKey") });
  if (!parsed.success) return { ok: false, error: a.invalid };
  const { kind, idempotencyKey } = parsed.data;
  // The one clock (lib/clock.ts): the outage test moves it to punch often without "too soon".
  const now = await requestNow();

  let result: PunchResult;
  try {
    // The key is per render and scoped by kind, so one render can still record one 出勤 and one 退勤.
    result = await punch(session, kind, `${kind}:${idempotencyKey}`, now);
  } catch (err) {
    if (err instanceof AppAccessError) return { ok: false, error: err.reason === "not_licensed" ? t.apps.access.notLicensed : t.apps.access.notEmployee };
    throw err;
  }
  // No revalidatePath: the answer itself carries today's list and the next key, so
  // the page is not rendered again for every tap.
  const template = { created: a.recorded, duplicate: a.alreadyRecorded, too_soon: a.tooSoon }[result.status];
  return {
    ok: true,
    message: template.replace("{kind}", a.kinds[result.punch.kind]).replace("{time}", formatTime(result.punch.at, locale)),
    punches: result.today,
    nextKey: crypto.randomUUID(),
  };
}
