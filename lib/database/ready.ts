/**
 * The server opens its port before the database is ready: PGlite takes about a
 * second to open and start-up checks the migrations (startup.ts). Until that is
 * done, every query of the app waits for it here, at most `STARTUP_WAIT_MS`;
 * after that a query that still finds the database not ready is answered as an
 * outage (DatabaseUnavailableError → 503), never a hang. Once ready, the check
 * costs nothing: the pending promise is dropped.
 */
import { DatabaseUnavailableError } from "./unavailable";

export const STARTUP_WAIT_MS = 30_000;

type Starting = { done: Promise<void>; limitMs: number };
const holder = globalThis as typeof globalThis & { __tobiraDbStarting?: Starting };

/** Start-up only: queries wait for `work` until it settles (a failed start-up exits the process). */
export function holdQueriesUntil(work: Promise<unknown>, limitMs = STARTUP_WAIT_MS) {
  const starting: Starting = {
    done: work.then(
      () => undefined,
      () => undefined,
    ),
    limitMs,
  };
  holder.__tobiraDbStarting = starting;
  void starting.done.then(() => {
    if (holder.__tobiraDbStarting === starting) holder.__tobiraDbStarting = undefined;
  });
}

/** Undefined when the database is ready, else a promise that settles when it is, or rejects when the wait is over. */
export function startupWait(): Promise<void> | undefined {
  const starting = holder.__tobiraDbStarting;
  if (!starting) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(new Error("the database is still starting"))), starting.limitMs);
    timer.unref();
  });
  return Promise.race([starting.done, late]).finally(() => clearTimeout(timer));
}
