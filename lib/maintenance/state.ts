/**
 * Where the service stands against its maintenance windows at one instant:
 * stopped (a window is running), a notice to show (one starts within the
 * notice period), or nothing. Pure: the caller gives the windows and `now`
 * (the request's clock, so the test clock moves the decision).
 */

export type WindowTimes = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  messageJa: string;
  messageEn: string;
  cancelledAt: Date | null;
  endedEarlyAt: Date | null;
};

export type MaintenanceState<W extends WindowTimes = WindowTimes> =
  | { kind: "active"; window: W; until: Date }
  | { kind: "upcoming"; window: W; until: Date }
  | { kind: "none" };

/** When the window really ends: ended early (npm run maintenance -- end) or as planned. */
export function effectiveEnd(w: WindowTimes): Date {
  return w.endedEarlyAt && w.endedEarlyAt < w.endsAt ? w.endedEarlyAt : w.endsAt;
}

/** Running at `now`: started, not yet ended (early or as planned), not cancelled. Start inclusive, end exclusive. */
export function isActive(w: WindowTimes, now: Date): boolean {
  return !w.cancelledAt && w.startsAt <= now && now < effectiveEnd(w);
}

/** The state at `now`; a window that starts within `noticeDays` days is announced. */
export function maintenanceState<W extends WindowTimes>(windows: readonly W[], now: Date, noticeDays: number): MaintenanceState<W> {
  const live = windows.filter((w) => !w.cancelledAt && now < effectiveEnd(w)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const active = live.find((w) => w.startsAt <= now);
  if (active) return { kind: "active", window: active, until: effectiveEnd(active) };
  const next = live[0];
  if (next && next.startsAt.getTime() - now.getTime() <= noticeDays * 86_400_000) return { kind: "upcoming", window: next, until: effectiveEnd(next) };
  return { kind: "none" };
}

/** Seconds until `until`, for Retry-After: at least 1, at most a day (a client should look again by then). */
export function retryAfterSeconds(now: Date, until: Date): number {
  return Math.min(86_400, Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)));
}

/** Two windows overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
