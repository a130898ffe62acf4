/** Session time-outs (documented in README): idle 60 min, absolute 12 h by default. */
export function sessionLimits() {
  const idleMin = Number(process.env.SESSION_IDLE_MINUTES ?? 60);
  const maxHours = Number(process.env.SESSION_MAX_HOURS ?? 12);
  return {
    idleMs: (Number.isFinite(idleMin) && idleMin > 0 ? idleMin : 60) * 60_000,
    absoluteMs: (Number.isFinite(maxHours) && maxHours > 0 ? maxHours : 12) * 3_600_000,
  };
}
