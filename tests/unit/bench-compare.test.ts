// The benchmark's verdicts: the punch count check and the goals of the
// comparison table, on hand-made results (no server).
import { describe, expect, it } from "vitest";
import { checkPunches } from "@/bench/punch-check";
import { formatComparison } from "@/bench/compare-table";
import type { DatabaseResults, PeerResults, TobiraResults } from "@/bench/results";

describe("checkPunches", () => {
  it("counts nothing lost or doubled when every recorded key is stored once", () => {
    expect(checkPunches(["IN:a", "OUT:b"], ["OUT:b", "IN:a"])).toEqual({ acknowledged: 2, stored: 2, lost: 0, doubled: 0 });
  });
  it("counts a recorded punch that is missing as lost", () => {
    expect(checkPunches(["IN:a", "OUT:b"], ["IN:a"])).toMatchObject({ lost: 1, doubled: 0 });
  });
  it("counts one form answered 'recorded' twice, and a row never answered 'recorded', as doubled", () => {
    expect(checkPunches(["IN:a", "IN:a"], ["IN:a"])).toMatchObject({ lost: 0, doubled: 1 });
    expect(checkPunches(["IN:a"], ["IN:a", "OUT:z"])).toMatchObject({ lost: 0, doubled: 1 });
  });
});

function database(over: { cold: number; beyond: number; loginsPerSecond: number; homeRps: number; homeP99: number; punches: number; punchP99: number }): DatabaseResults {
  const lat = { n: 1, p50: 10, p99: 20 };
  return {
    coldStartMs: [over.cold],
    logins: { serial: lat, concurrent: { ...lat, perSecond: over.loginsPerSecond, workers: 8, seconds: 20, errors: 0, poolExhausted: false } },
    beyondHashMs: over.beyond,
    home: { perSecond: over.homeRps, p50: 5, p99: over.homeP99, total: 1, non2xx: 0, errors: 0, tool: "autocannon" },
    punches: {
      n: 1, p50: 5, p99: over.punchP99, perSecond: over.punches, clients: 32, seconds: 20,
      answers: { created: 1, duplicate: 0, too_soon: 0, other: 0 }, doubleTap: { created: 1, duplicate: 1, too_soon: 0, other: 0 },
      check: { acknowledged: 1, stored: 1, lost: 0, doubled: 0 },
    },
  };
}

const tobira: TobiraResults = {
  date: "d", loadavgAtStart: [1], loadavgAtEnd: [1], cores: 2, versions: { node: "v20" }, durationS: 20,
  hashMs: { n: 20, p50: 5, p99: 6 },
  databases: {
    postgresql: database({ cold: 300, beyond: 12, loginsPerSecond: 60, homeRps: 500, homeP99: 100, punches: 600, punchP99: 90 }),
    pglite: database({ cold: 500, beyond: 20, loginsPerSecond: 40, homeRps: 300, homeP99: 200, punches: 300, punchP99: 150 }),
  },
};
const stats = { n: 1, p50: 70, p99: 100 };
const peer: PeerResults = {
  versions: { "better-auth": "1.7" }, date: "d",
  results: {
    loadavgAtStart: [1], coldStartMs: [310, 320, 330], hash: { verifyMs: stats }, fullLoginSerial: stats,
    fullLoginC8: { ...stats, loginsPerSec: 25, errors: 0 }, dashboard: { rps: 400, p50: 60, p99: 150, non2xx: 0, errors: 0 },
  },
};
const row = (table: string, measure: string) => table.split("\n").find((l) => l.startsWith(`| ${measure}`))!.split("|").map((c) => c.trim());

describe("formatComparison", () => {
  const table = formatComparison(peer, tobira);
  it("judges each goal per database: the peer ratios and the absolute limits", () => {
    expect(row(table, "cold start").slice(5, 7)).toEqual(["PG 0.94×, PGlite 1.56×", "≤ peer (PG), ≤ 1.5× peer (PGlite)"]);
    expect(row(table, "cold start")[7]).toBe("PG yes, PGlite NO");
    expect(row(table, "full login beyond")[7]).toBe("PG yes, PGlite NO");
    expect(row(table, "full logins per second")[7]).toBe("PG yes, PGlite NO");
    expect(row(table, "authenticated home at 32 (peer")[7]).toBe("PG yes, PGlite NO");
    expect(row(table, "authenticated home at 32: p99")[7]).toBe("PG yes, PGlite NO");
    expect(row(table, "打刻 at 32: punches/s")[7]).toBe("PG yes");
    expect(row(table, "打刻 at 32: p99")[7]).toBe("PG yes");
    expect(row(table, "打刻: punches lost")[7]).toBe("PG yes, PGlite yes");
  });
  it("gives no ratio to a peer figure at or below zero", () => {
    const slowHash = { ...peer, results: { ...peer.results, hash: { verifyMs: { n: 1, p50: 90, p99: 90 } } } };
    expect(row(formatComparison(slowHash, tobira), "full login beyond").slice(2, 6)).toEqual(["-20.0 ms", "12.0 ms", "20.0 ms", "—"]);
  });
  it("without the peer, leaves its column and the ratio goals open", () => {
    const alone = formatComparison(null, tobira);
    expect(row(alone, "cold start").slice(2, 8)).toEqual(["—", "300 ms", "500 ms", "—", "≤ peer (PG), ≤ 1.5× peer (PGlite)", "PG ?, PGlite ?"]);
    expect(row(alone, "full login beyond")[7]).toBe("PG yes, PGlite NO");
  });
});
