/**
 * Hands the maintenance cache (cache.ts) its reader at server start-up
 * (instrumentation.ts). Not server-only on purpose: instrumentation imports it
 * outside React's server graph.
 */
import { getDb } from "@/lib/database/client";
import { setWindowLoader } from "./cache";

export const WINDOW_HISTORY_MS = 86_400_000;

export function registerMaintenanceSource() {
  setWindowLoader(() =>
    getDb().maintenanceWindow.findMany({
      // A day of history is plenty: ended windows decide nothing.
      where: { cancelledAt: null, endsAt: { gt: new Date(Date.now() - WINDOW_HISTORY_MS) } }, // eslint-disable-line no-restricted-syntax -- the cache's horizon, not a decision
      select: { id: true, startsAt: true, endsAt: true, messageJa: true, messageEn: true, cancelledAt: true, endedEarlyAt: true },
      orderBy: { startsAt: "asc" },
      take: 100,
    }),
  );
}
