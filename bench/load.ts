/**
 * Full logins against one running production server, measured as the peer's
 * bench.mjs measures its own: one after another (p50/p99), then 8 workers
 * logging in for a fixed time (logins/s, p50/p99). Each login uses a fresh
 * account from the pool (see accounts.ts); a worker stops early, and the run
 * says so, when the pool runs dry.
 */
import type { BenchAccount } from "./accounts";
import { loadActionIds } from "./action-client";
import { fullLogin } from "./flows";

export type Latency = { n: number; p50: number; p99: number };
export type LoginFigures = {
  serial: Latency;
  concurrent: Latency & { perSecond: number; workers: number; seconds: number; errors: number; poolExhausted: boolean };
};

export async function measureLogins(origin: string, accounts: BenchAccount[], serialRuns: number, workers: number, durationS: number): Promise<LoginFigures> {
  const ids = loadActionIds();
  const queue = [...accounts];
  const take = () => {
    const a = queue.shift();
    if (!a) throw new Error("bench: not enough bench accounts");
    return a;
  };
  await fullLogin(origin, ids, take()); // warm-up: first render of each step's page

  const serialMs: number[] = [];
  for (let i = 0; i < serialRuns; i++) {
    const t0 = performance.now();
    await fullLogin(origin, ids, take());
    serialMs.push(performance.now() - t0);
  }

  const concurrentMs: number[] = [];
  let errors = 0;
  let firstError: unknown = null;
  const t0 = performance.now();
  const end = t0 + durationS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end && queue.length > 0) {
        const s = performance.now();
        try {
          await fullLogin(origin, ids, take());
          concurrentMs.push(performance.now() - s);
        } catch (err) {
          errors++;
          firstError ??= err;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  if (firstError) console.error(`bench: ${errors} concurrent logins failed; the first:`, firstError);
  const poolExhausted = queue.length === 0;
  if (poolExhausted) console.warn(`bench: the login pool ran dry after ${seconds.toFixed(1)} s: raise BENCH_LOGIN_POOL`);
  return {
    serial: latency(serialMs),
    concurrent: { ...latency(concurrentMs), perSecond: concurrentMs.length / seconds, workers, seconds, errors, poolExhausted },
  };
}

export function latency(ms: number[]): Latency {
  return { n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

/** Nearest-rank percentile, as the peer's bench.mjs computes it. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
