/**
 * Maintenance settings from the environment (README.md, "Maintenance"):
 * MAINTENANCE_NOTICE_DAYS — how many days ahead every page announces a window (default 14);
 * MAINTENANCE_CACHE_SECONDS — the longest an instance goes without re-reading the
 * windows from the database (default 5): a window created, changed or ended on
 * one instance stops or frees every other instance within this bound.
 */
function positive(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= max ? value : fallback;
}

export const noticeDays = () => positive("MAINTENANCE_NOTICE_DAYS", 14, 366);
export const cacheSeconds = () => positive("MAINTENANCE_CACHE_SECONDS", 5, 300);

/** The longest message the office may write per language. */
export const MESSAGE_MAX = 500;
