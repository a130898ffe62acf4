/**
 * The sign-in and clock-in measurements of issue 3, against one running
 * production server: full logins one after another and 8 at once, and
 * limited-mode punches from 32 clients at once.
 */
import type { BenchAccount } from "./accounts";
import { loadActionIds } from "./action-client";
import { fullLogin, limitedLogin, punchOnce } from "./flows";

export type LoginFigures = { serialMs: number[]; concurrentPerSecond: number; concurrentMs: number[] };
export type PunchFigures = { perSecond: number; latenciesMs: number[]; count: number };

export async function measureLogins(origin: string, accounts: BenchAccount[], serialRuns: number, concurrency: number): Promise<LoginFigures> {
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

  const perWorker = Math.floor(queue.length / concurrency);
  const concurrentMs: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < perWorker; i++) {
        const s = performance.now();
        await fullLogin(origin, ids, take());
        concurrentMs.push(performance.now() - s);
      }
    }),
  );
  const wall = performance.now() - t0;
  return { serialMs, concurrentMs, concurrentPerSecond: (concurrentMs.length * 1000) / wall };
}

export async function measurePunches(origin: string, accounts: BenchAccount[], clients: number, punchesPerClient: number): Promise<PunchFigures> {
  const ids = loadActionIds();
  const sessions = [];
  for (const account of accounts.slice(0, clients)) sessions.push(await limitedLogin(origin, ids, account));
  if (sessions.length < clients) throw new Error("bench: not enough bench accounts for the punch clients");
  for (const s of sessions) await punchOnce(s, "IN"); // warm-up, and every account has clocked in

  const latenciesMs: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    sessions.map(async (session, n) => {
      for (let i = 0; i < punchesPerClient; i++) {
        const s = performance.now();
        await punchOnce(session, (i + n) % 2 ? "IN" : "OUT");
        latenciesMs.push(performance.now() - s);
      }
    }),
  );
  const wall = performance.now() - t0;
  return { perSecond: (latenciesMs.length * 1000) / wall, latenciesMs, count: latenciesMs.length };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
