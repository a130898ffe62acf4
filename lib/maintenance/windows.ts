/**
 * Maintenance windows (メンテナンス): scheduled, edited, cancelled and ended
 * early by an office administrator (a full sharoushi session with
 * Account.isOfficeAdmin, read from the database at each call) from the web
 * console, or by the operator from `npm run maintenance` (a "system" actor).
 * Windows are for the whole service — the stop is of every service, for every
 * office — so there is no office to check, only the permission; the rules:
 *   - the end is after the start, and a new start is not in the past;
 *   - windows do not overlap (cancelled and ended ones do not count);
 *   - only a window that has not ended can be edited; once it has started its
 *     start stays, and its end cannot be moved before now (use "end now");
 *   - cancel: only before it starts; end now: only while it runs.
 * Every change is audit-logged and drops this instance's cache (cache.ts);
 * other instances follow within MAINTENANCE_CACHE_SECONDS.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { isOfficeAdmin } from "@/lib/office/staff";
import { invalidateWindows } from "./cache";
import { MESSAGE_MAX } from "./config";
import { effectiveEnd, isActive, overlaps } from "./state";

/** The operator at the command line (scripts/maintenance.ts). */
export type SystemActor = { kind: "system"; name: string };
export type MaintenanceActor = Session | SystemActor;

export type WindowInput = { startsAt: Date; endsAt: Date; messageJa: string; messageEn: string };
export type WindowStatus = "scheduled" | "active" | "ended" | "cancelled";
export type WindowView = WindowInput & {
  id: string;
  createdBy: string;
  cancelledAt: Date | null;
  endedEarlyAt: Date | null;
  status: WindowStatus;
};
export type WindowError = "forbidden" | "not_found" | "invalid_range" | "in_past" | "overlap" | "message_too_long" | "not_editable" | "not_cancellable" | "not_active";
export type WindowResult = { ok: true; id: string } | { ok: false; error: WindowError };

const isSystem = (actor: MaintenanceActor): actor is SystemActor => "kind" in actor && actor.kind === "system";
const who = (actor: MaintenanceActor) =>
  isSystem(actor) ? { accountId: null, loginId: `cli:${actor.name}` } : { accountId: actor.accountId, loginId: actor.loginId };

async function allowed(actor: MaintenanceActor): Promise<boolean> {
  return isSystem(actor) || isOfficeAdmin(actor);
}

/** Whether the actor may manage windows (the console shows the section only then). */
export const mayManageMaintenance = allowed;

const SELECT = { id: true, startsAt: true, endsAt: true, messageJa: true, messageEn: true, createdBy: true, cancelledAt: true, endedEarlyAt: true } as const;
type Row = { id: string; startsAt: Date; endsAt: Date; messageJa: string; messageEn: string; createdBy: string; cancelledAt: Date | null; endedEarlyAt: Date | null };

function statusOf(w: Row, now: Date): WindowStatus {
  if (w.cancelledAt) return "cancelled";
  if (isActive(w, now)) return "active";
  return now < w.startsAt ? "scheduled" : "ended";
}

/** The windows that have not ended first (by start), then the 20 latest others; none for anyone not allowed. */
export async function listWindows(actor: MaintenanceActor, now: Date): Promise<WindowView[]> {
  if (!(await allowed(actor))) return [];
  const rows = await getDb().maintenanceWindow.findMany({ select: SELECT, orderBy: { startsAt: "desc" }, take: 100 });
  const views = rows.map((r) => ({ ...r, status: statusOf(r, now) }));
  const open = views.filter((v) => v.status === "scheduled" || v.status === "active").reverse();
  const past = views.filter((v) => v.status === "ended" || v.status === "cancelled").slice(0, 20);
  return [...open, ...past];
}

export async function getWindow(actor: MaintenanceActor, id: unknown, now: Date): Promise<WindowView | null> {
  if (!(await allowed(actor)) || !isRecordId(id)) return null;
  const row = await getDb().maintenanceWindow.findUnique({ where: { id }, select: SELECT });
  return row ? { ...row, status: statusOf(row, now) } : null;
}

function checkInput(input: WindowInput): WindowError | null {
  if (!(input.endsAt > input.startsAt)) return "invalid_range";
  if (input.messageJa.length > MESSAGE_MAX || input.messageEn.length > MESSAGE_MAX) return "message_too_long";
  return null;
}

async function overlapsAnother(input: WindowInput, now: Date, exceptId?: string): Promise<boolean> {
  const others = await getDb().maintenanceWindow.findMany({
    where: { cancelledAt: null, endsAt: { gt: now }, startsAt: { lt: input.endsAt }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { startsAt: true, endsAt: true, endedEarlyAt: true, cancelledAt: true, id: true, messageJa: true, messageEn: true },
  });
  return others.some((o) => effectiveEnd(o) > now && overlaps(input, { startsAt: o.startsAt, endsAt: effectiveEnd(o) }));
}

async function refuse(actor: MaintenanceActor, action: string, id: unknown, req: RequestInfo | null, error: WindowError): Promise<WindowResult> {
  if (error === "forbidden" || error === "not_found") {
    await audit("maintenance.refused", who(actor), req, { action, target: isRecordId(id) ? id : null });
  }
  return { ok: false, error };
}

export async function scheduleWindow(actor: MaintenanceActor, input: WindowInput, req: RequestInfo | null, now: Date): Promise<WindowResult> {
  if (!(await allowed(actor))) return refuse(actor, "schedule", null, req, "forbidden");
  const invalid = checkInput(input) ?? (input.startsAt < now ? "in_past" : null);
  if (invalid) return { ok: false, error: invalid };
  if (await overlapsAnother(input, now)) return { ok: false, error: "overlap" };
  const row = await getDb().maintenanceWindow.create({ data: { ...input, createdBy: who(actor).loginId! }, select: { id: true } });
  await audit("maintenance.scheduled", who(actor), req, { windowId: row.id, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() });
  invalidateWindows();
  return { ok: true, id: row.id };
}

export async function updateWindow(actor: MaintenanceActor, id: unknown, input: WindowInput, req: RequestInfo | null, now: Date): Promise<WindowResult> {
  const current = await getWindow(actor, id, now);
  if (!current) return refuse(actor, "update", id, req, (await allowed(actor)) ? "not_found" : "forbidden");
  if (current.status !== "scheduled" && current.status !== "active") return { ok: false, error: "not_editable" };
  const started = current.status === "active";
  const next = { ...input, startsAt: started ? current.startsAt : input.startsAt };
  const invalid = checkInput(next) ?? (!started && next.startsAt < now ? "in_past" : null) ?? (started && next.endsAt <= now ? "in_past" : null);
  if (invalid) return { ok: false, error: invalid };
  if (await overlapsAnother(next, now, current.id)) return { ok: false, error: "overlap" };
  await getDb().maintenanceWindow.update({ where: { id: current.id }, data: { ...next, endedEarlyAt: null } });
  await audit("maintenance.updated", who(actor), req, {
    windowId: current.id,
    before: { startsAt: current.startsAt.toISOString(), endsAt: effectiveEnd(current).toISOString() },
    after: { startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString() },
  });
  invalidateWindows();
  return { ok: true, id: current.id };
}

export async function cancelWindow(actor: MaintenanceActor, id: unknown, req: RequestInfo | null, now: Date): Promise<WindowResult> {
  const current = await getWindow(actor, id, now);
  if (!current) return refuse(actor, "cancel", id, req, (await allowed(actor)) ? "not_found" : "forbidden");
  if (current.status !== "scheduled") return { ok: false, error: "not_cancellable" };
  // Only a window still in the future: the condition is repeated in the write, so a window that started meanwhile stays.
  const { count } = await getDb().maintenanceWindow.updateMany({ where: { id: current.id, cancelledAt: null, startsAt: { gt: now } }, data: { cancelledAt: now } });
  if (count === 0) return { ok: false, error: "not_cancellable" };
  await audit("maintenance.cancelled", who(actor), req, { windowId: current.id });
  invalidateWindows();
  return { ok: true, id: current.id };
}

export async function endWindowNow(actor: MaintenanceActor, id: unknown, req: RequestInfo | null, now: Date): Promise<WindowResult> {
  const current = await getWindow(actor, id, now);
  if (!current) return refuse(actor, "end", id, req, (await allowed(actor)) ? "not_found" : "forbidden");
  if (current.status !== "active") return { ok: false, error: "not_active" };
  await getDb().maintenanceWindow.update({ where: { id: current.id }, data: { endedEarlyAt: now } });
  await audit("maintenance.ended", who(actor), req, { windowId: current.id, plannedEnd: current.endsAt.toISOString() });
  invalidateWindows();
  return { ok: true, id: current.id };
}
