"use server";
/**
 * 打刻 action. The action client checks the session, the capability and the
 * form (lib/http/action-client.ts), and words AppAccessError; every rule (who,
 * which company, repeats) is lib/attendance/punches.ts's.
 */
import { z } from "zod";
import type { PunchFormState } from "@/components/apps/punch-form";
import { punch } from "@/lib/attendance/punches";
import { action } from "@/lib/http/action-client";
import { format } from "@/lib/i18n/message";
import { formatTime } from "@/lib/i18n/format-apps";

export const punchAction = action.state(
  {
    capability: "attendance.punch",
    returnTo: "/attendance",
    input: z.object({ kind: z.enum(["IN", "OUT"]), idempotencyKey: z.uuid() }),
    invalid: (t): PunchFormState => ({ ok: false, error: t.apps.attendance.invalid }),
  },
  // `now` is the one clock (lib/clock.ts): the outage test moves it to punch often without "too soon".
  async ({ input: { kind, idempotencyKey }, session, t, locale, now }): Promise<PunchFormState> => {
    const a = t.apps.attendance;
    // The key is per render and scoped by kind, so one render can still record one 出勤 and one 退勤.
    const result = await punch(session, kind, `${kind}:${idempotencyKey}`, now);
    // No revalidatePath: the answer itself carries today's list and the next key, so
    // the page is not rendered again for every tap.
    const template = { created: a.recorded, duplicate: a.alreadyRecorded, too_soon: a.tooSoon }[result.status];
    return {
      ok: true,
      info: format(template, { kind: a.kinds[result.punch.kind], time: formatTime(result.punch.at, locale) }),
      punches: result.today,
      nextKey: crypto.randomUUID(),
    };
  },
);
