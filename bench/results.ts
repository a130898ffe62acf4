/**
 * The shapes of the two result files bench:compare reads: Tobira's, written
 * by bench/run.ts, and the peer's bench-results.json (only the fields used).
 */
import type { PageLoad } from "./home";
import type { Latency, LoginFigures } from "./load";
import type { PunchCheck } from "./punch-check";
import type { PunchLoad } from "./punches";

export type DatabaseKind = "postgresql" | "pglite";

export type DatabaseResults = {
  /** spawn → first 200 of /login, one per run. */
  coldStartMs: number[];
  /** Each load is missing when BENCH_PHASES left it out. */
  logins?: LoginFigures;
  /** Serial full login p50 minus one password verification (p50). */
  beyondHashMs?: number;
  home?: PageLoad;
  punches?: Omit<PunchLoad, "createdKeys"> & { check: PunchCheck };
};

export type TobiraResults = {
  date: string;
  loadavgAtStart: number[];
  loadavgAtEnd: number[];
  cores: number;
  versions: Record<string, string>;
  durationS: number;
  /** One argon2id verification in the bench process. */
  hashMs: Latency;
  databases: Partial<Record<DatabaseKind, DatabaseResults>>;
};

type Stats = { n: number; p50: number; p99: number };
export type PeerResults = {
  versions: Record<string, string>;
  date: string;
  results: {
    loadavgAtStart: number[];
    coldStartMs: number[];
    hash: { verifyMs: Stats };
    fullLoginSerial: Stats;
    fullLoginC8: Stats & { loginsPerSec: number; errors: number };
    dashboard: { rps: number; p50: number; p99: number; non2xx: number; errors: number };
  };
};
