"use server";
/**
 * Maintenance window actions: plain forms (they work without JavaScript) that
 * answer with a redirect carrying the outcome. The action client checks the
 * session (full mode, office staff); the data layer (lib/maintenance/windows.ts)
 * checks the office-administrator permission and the window's rules.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action-client";
import { parseServiceDateTime } from "@/lib/maintenance/format";
import { cancelWindow, scheduleWindow, updateWindow, type WindowResult } from "@/lib/maintenance/windows";

const access = { capability: "office.employees", returnTo: "/office/maintenance" } as const;
const windowFields = {
  startsAt: z.string().max(32),
  endsAt: z.string().max(32),
  messageJa: z.string().max(2000),
  messageEn: z.string().max(2000),
};
const id = z.string().min(1).max(64);

function windowInput(input: { startsAt: string; endsAt: string; messageJa: string; messageEn: string }) {
  const startsAt = parseServiceDateTime(input.startsAt);
  const endsAt = parseServiceDateTime(input.endsAt);
  return startsAt && endsAt ? { startsAt, endsAt, messageJa: input.messageJa.trim(), messageEn: input.messageEn.trim() } : null;
}

function answer(result: WindowResult, done: string, back: string): never {
  redirect(result.ok ? `/office/maintenance?done=${done}` : `${back}?error=${result.error}`);
}

export const scheduleWindowAction = action.form({ ...access, input: z.object(windowFields) }, async ({ input, session, now, request }) => {
  const parsed = windowInput(input);
  if (!parsed) redirect("/office/maintenance?error=invalid_date");
  answer(await scheduleWindow(session, parsed, await request(), now), "scheduled", "/office/maintenance");
});

export const updateWindowAction = action.form({ ...access, input: z.object({ id, ...windowFields }) }, async ({ input, session, now, request }) => {
  const back = `/office/maintenance/${encodeURIComponent(input.id)}`;
  const parsed = windowInput(input);
  if (!parsed) redirect(`${back}?error=invalid_date`);
  answer(await updateWindow(session, input.id, parsed, await request(), now), "updated", back);
});

export const cancelWindowAction = action.form({ ...access, input: z.object({ id }) }, async ({ input, session, now, request }) => {
  answer(await cancelWindow(session, input.id, await request(), now), "cancelled", "/office/maintenance");
});
