/**
 * The side-by-side table of bench:compare: one row per measure, the peer's
 * figure, Tobira's on PostgreSQL and on PGlite, the ratio Tobira/peer, the
 * goal (from the request-path issue) and whether it is met. Without the
 * peer's results, Tobira's columns and its absolute goals only.
 */
import type { DatabaseKind, DatabaseResults, PeerResults, TobiraResults } from "./results";

type Value = number | undefined;
type Goal = {
  text: string;
  /** Which databases the goal applies to (default both). */
  on?: DatabaseKind[];
  /** Met, from Tobira's value and the peer's (undefined when it cannot be told). */
  met: (tobira: number, peer: Value, kind: DatabaseKind) => boolean | undefined;
};
type Row = { measure: string; unit: string; peer: Value; of: (d: DatabaseResults) => Value; goal?: Goal };

const KINDS: DatabaseKind[] = ["postgresql", "pglite"];
const LABEL: Record<DatabaseKind, string> = { postgresql: "PG", pglite: "PGlite" };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const vsPeer = (test: (ratio: number) => boolean) => (t: number, p: Value) => (p === undefined ? undefined : test(t / p));

function rows(peer: PeerResults["results"] | undefined, hashMs: number): Row[] {
  return [
    {
      measure: "cold start: spawn → first 200 of the login page (median)",
      unit: "ms",
      peer: peer && median(peer.coldStartMs),
      of: (d) => median(d.coldStartMs),
      goal: { text: "≤ peer (PG), ≤ 1.5× peer (PGlite)", met: (t, p, k) => vsPeer((r) => r <= (k === "postgresql" ? 1 : 1.5))(t, p) },
    },
    { measure: "full login, serial: p50", unit: "ms", peer: peer?.fullLoginSerial.p50, of: (d) => d.logins?.serial.p50 },
    { measure: "full login, serial: p99", unit: "ms", peer: peer?.fullLoginSerial.p99, of: (d) => d.logins?.serial.p99 },
    { measure: "one password verification (p50; peer scrypt, Tobira argon2id)", unit: "ms", peer: peer?.hash.verifyMs.p50, of: () => hashMs },
    {
      measure: "full login beyond its one password hash (serial p50 − hash p50)",
      unit: "ms",
      peer: peer && peer.fullLoginSerial.p50 - peer.hash.verifyMs.p50,
      of: (d) => d.beyondHashMs,
      goal: { text: "≤ 15 ms", met: (t) => t <= 15 },
    },
    {
      measure: "full logins per second, 8 at once",
      unit: "/s",
      peer: peer?.fullLoginC8.loginsPerSec,
      of: (d) => d.logins?.concurrent.perSecond,
      goal: { text: "≥ 2× peer", met: vsPeer((r) => r >= 2) },
    },
    { measure: "full login, 8 at once: p50", unit: "ms", peer: peer?.fullLoginC8.p50, of: (d) => d.logins?.concurrent.p50 },
    { measure: "full login, 8 at once: p99", unit: "ms", peer: peer?.fullLoginC8.p99, of: (d) => d.logins?.concurrent.p99 },
    {
      measure: "authenticated home at 32 (peer: /dashboard): req/s",
      unit: "/s",
      peer: peer?.dashboard.rps,
      of: (d) => d.home?.perSecond,
      goal: { text: "≥ peer (aim 2×)", met: vsPeer((r) => r >= 1) },
    },
    { measure: "authenticated home at 32: p50", unit: "ms", peer: peer?.dashboard.p50, of: (d) => d.home?.p50 },
    {
      measure: "authenticated home at 32: p99",
      unit: "ms",
      peer: peer?.dashboard.p99,
      of: (d) => d.home?.p99,
      goal: { text: "≤ peer", met: vsPeer((r) => r <= 1) },
    },
    { measure: "打刻 at 32: punches/s", unit: "/s", peer: undefined, of: (d) => d.punches?.perSecond, goal: { text: "≥ 500/s (PG)", on: ["postgresql"], met: (t) => t >= 500 } },
    { measure: "打刻 at 32: p50", unit: "ms", peer: undefined, of: (d) => d.punches?.p50 },
    { measure: "打刻 at 32: p99", unit: "ms", peer: undefined, of: (d) => d.punches?.p99, goal: { text: "≤ 100 ms (PG)", on: ["postgresql"], met: (t) => t <= 100 } },
    {
      measure: "打刻: punches lost + doubled (database count)",
      unit: "",
      peer: undefined,
      of: (d) => d.punches && d.punches.check.lost + d.punches.check.doubled,
      goal: { text: "0", met: (t) => t === 0 },
    },
  ];
}

function fmt(v: Value, unit: string): string {
  if (v === undefined || Number.isNaN(v)) return "—";
  const digits = unit === "" ? 0 : Math.abs(v) < 100 ? 1 : 0;
  return `${v.toFixed(digits)}${unit === "/s" ? "/s" : unit ? ` ${unit}` : ""}`;
}

/** What lies behind a database's figures: how many, and any failure. */
function databaseNote(kind: DatabaseKind, d: DatabaseResults): string {
  const parts = [];
  const l = d.logins?.concurrent;
  if (d.logins && l) parts.push(`logins ${d.logins.serial.n} serial + ${l.n} at once (${l.errors} failed${l.poolExhausted ? ", POOL RAN DRY" : ""})`);
  if (d.home) parts.push(`home ${d.home.total} requests by ${d.home.tool} (non-2xx ${d.home.non2xx}, errors ${d.home.errors})`);
  if (d.punches) {
    const c = d.punches.check;
    parts.push(
      `打刻 ${c.acknowledged} recorded, ${c.stored} stored, ${c.lost} lost, ${c.doubled} doubled ` +
        `(timed answers ${JSON.stringify(d.punches.answers)}; double taps ${JSON.stringify(d.punches.doubleTap)})`,
    );
  }
  return `Tobira ${LABEL[kind]}: ${parts.join("; ") || "cold start only"}.`;
}

export function formatComparison(peer: PeerResults | null, tobira: TobiraResults): string {
  const header = ["measure", "Better Auth", "Tobira (PostgreSQL)", "Tobira (PGlite)", "ratio Tobira/peer", "goal", "met?"];
  const body = rows(peer?.results, tobira.hashMs.p50).map((row) => {
    const values = Object.fromEntries(KINDS.map((k) => [k, tobira.databases[k] && row.of(tobira.databases[k]!)])) as Record<DatabaseKind, Value>;
    const present = KINDS.filter((k) => values[k] !== undefined);
    // A ratio to a peer figure at or below zero (its login beyond the hash, when its hash was timed slower under load) says nothing.
    const ratio = row.peer === undefined || !(row.peer > 0) ? "—" : present.map((k) => `${LABEL[k]} ${(values[k]! / row.peer!).toFixed(2)}×`).join(", ");
    const goal = row.goal;
    const met = goal
      ? (goal.on ?? KINDS)
          .filter((k) => values[k] !== undefined)
          .map((k) => {
            const ok = goal.met(values[k]!, row.peer, k);
            return `${LABEL[k]} ${ok === undefined ? "?" : ok ? "yes" : "NO"}`;
          })
          .join(", ")
      : "";
    return [row.measure, fmt(row.peer, row.unit), fmt(values.postgresql, row.unit), fmt(values.pglite, row.unit), ratio, goal?.text ?? "", met];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const load = (l: number[]) => (l.length ? l[0]!.toFixed(2) : "?");
  const notes = [
    `1-min load average at start: ${peer ? `peer ${load(peer.results.loadavgAtStart)}, ` : ""}Tobira ${load(tobira.loadavgAtStart)} (end ${load(tobira.loadavgAtEnd)}); ${tobira.cores} cores shared by server and load generator.`,
    ...KINDS.filter((k) => tobira.databases[k]).map((k) => databaseNote(k, tobira.databases[k]!)),
    ...(peer ? [`Better Auth ${peer.versions["better-auth"]}: full logins failed at once ${peer.results.fullLoginC8.errors}; /dashboard non-2xx ${peer.results.dashboard.non2xx}, errors ${peer.results.dashboard.errors}.`] : []),
  ];
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line), "", ...notes].join("\n");
}
