/**
 * The maintenance windows as this process last read them, shared by the proxy
 * (gate.ts: every request) and the pages (the notice): at most one database
 * query per MAINTENANCE_CACHE_SECONDS per process, never one per request.
 *
 * The proxy is bundled apart from the app and must not pull in the database
 * client, so the reader is handed over at start-up (instrumentation.ts →
 * source.ts) and both bundles find the cache on globalThis. Without a reader
 * (a build, a unit test) there are no windows.
 *
 * It holds every window that has not been cancelled and has not ended more
 * than a day before the machine's time, whatever the request's clock says: the
 * decision (state.ts) is made per request with the request's `now`, so the
 * test clock moves it without a reload.
 */
import { cacheSeconds } from "./config";
import type { WindowTimes } from "./state";

export type WindowLoader = () => Promise<WindowTimes[]>;

type Holder = {
  loader?: WindowLoader;
  windows: WindowTimes[];
  /** Machine time (ms) of the last load, 0 = never or invalidated. */
  loadedAt: number;
  pending?: Promise<WindowTimes[]>;
};

const KEY = "__tobiraMaintenanceCache";
function holder(): Holder {
  const g = globalThis as typeof globalThis & { [KEY]?: Holder };
  return (g[KEY] ??= { windows: [], loadedAt: 0 });
}

export function setWindowLoader(loader: WindowLoader | undefined) {
  const h = holder();
  h.loader = loader;
  h.windows = [];
  h.loadedAt = 0;
  h.pending = undefined;
}

/** After a change on this instance: the next request reads the database again. */
export function invalidateWindows() {
  holder().loadedAt = 0;
}

/** The windows, re-read when the last read is older than the bound. */
export async function cachedWindows(): Promise<WindowTimes[]> {
  const h = holder();
  if (!h.loader) return [];
  // The machine's time paces the cache; it decides nothing for a request (state.ts does).
  const at = Date.now(); // eslint-disable-line no-restricted-syntax -- cache pacing only
  if (h.loadedAt && at - h.loadedAt < cacheSeconds() * 1000) return h.windows;
  h.pending ??= h
    .loader()
    .then((windows) => {
      h.windows = windows;
      return windows;
    })
    // The database is down: keep what we had (the outage answers its own 503) and try again after the bound.
    .catch(() => h.windows)
    .finally(() => {
      h.loadedAt = at;
      h.pending = undefined;
    });
  return h.pending;
}
