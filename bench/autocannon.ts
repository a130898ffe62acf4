/**
 * autocannon, the load tool of the peer's bench.mjs, so that Tobira's pages are
 * loaded the same way (the same version, a devDependency of both). It is taken
 * from this project's node_modules, else from the peer's (PEER_DIR); with
 * neither, null, and the caller falls back to its own fetch workers.
 */
import { createRequire } from "node:module";
import path from "node:path";

export type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};
type Options = { url: string; duration: number; connections: number; headers?: Record<string, string> };
export type Autocannon = (opts: Options, done: (err: unknown, res: AutocannonResult) => void) => unknown;

export function loadAutocannon(): { run: (opts: Options) => Promise<AutocannonResult>; from: string } | null {
  const places = [path.resolve("package.json"), ...(process.env.PEER_DIR ? [path.resolve(process.env.PEER_DIR, "package.json")] : [])];
  for (const place of places) {
    try {
      const autocannon = createRequire(place)("autocannon") as Autocannon;
      const run = (opts: Options) =>
        new Promise<AutocannonResult>((resolve, reject) => autocannon(opts, (err, res) => (err ? reject(err) : resolve(res))));
      return { run, from: path.dirname(place) };
    } catch {
      // not installed there
    }
  }
  return null;
}
