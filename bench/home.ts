/**
 * The authenticated home page (/home, full mode) under 32 connections for a
 * fixed time, as the peer's bench.mjs loads its /dashboard: one real session
 * cookie, checked first to answer 200 with the user's name in the page, then
 * autocannon (see autocannon.ts) or, without it, 32 fetch workers.
 */
import type { BenchAccount } from "./accounts";
import { loadActionIds } from "./action-client";
import { loadAutocannon } from "./autocannon";
import { fullLogin } from "./flows";
import { latency } from "./load";

export type PageLoad = { perSecond: number; p50: number; p99: number; total: number; non2xx: number; errors: number; tool: string };

export async function measureHome(origin: string, account: BenchAccount, connections: number, durationS: number): Promise<PageLoad> {
  const client = await fullLogin(origin, loadActionIds(), account);
  const headers = { cookie: client.cookieHeader() };
  const check = await fetch(`${origin}/home`, { headers, redirect: "manual" });
  const html = await check.text();
  if (check.status !== 200 || !html.includes(account.displayName)) throw new Error(`bench: /home answered ${check.status} without the user's name`);

  const autocannon = loadAutocannon();
  if (autocannon) {
    const r = await autocannon.run({ url: `${origin}/home`, duration: durationS, connections, headers });
    return { perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors, tool: "autocannon" };
  }
  const ms: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        try {
          const res = await fetch(`${origin}/home`, { headers, redirect: "manual" });
          await res.arrayBuffer();
          if (res.status < 200 || res.status > 299) non2xx++;
          ms.push(performance.now() - s);
        } catch {
          errors++;
        }
      }
    }),
  );
  const l = latency(ms);
  return { perSecond: ms.length / ((performance.now() - t0) / 1000), p50: l.p50, p99: l.p99, total: ms.length, non2xx, errors, tool: "fetch workers" };
}
