/**
 * Cold start of the production server: spawn `next start` (node directly, no
 * npx) on a prepared database and time spawn → first HTTP 200 of a path (the
 * login page by default), polled every 5 ms as the peer's bench.mjs polls.
 * Also notes when Next printed "Ready" and when the port first accepted a
 * connection, to see where the time goes.
 */
import { spawnNextStart, stop } from "./server";
import http from "node:http";

export type ColdStart = {
  /** spawn → first 200 of `path` (what a user waits for). */
  firstOk: number;
  /** spawn → "Ready in …" on stdout. */
  ready: number | null;
  /** spawn → first accepted TCP connection. */
  listening: number | null;
  /** Server output, for the report when something fails. */
  output: string;
};

export type ColdStartOptions = {
  port: number;
  databaseUrl: string;
  path?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
};

export async function coldStart(opts: ColdStartOptions): Promise<ColdStart> {
  const target = opts.path ?? "/login";
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const started = performance.now();
  const since = () => performance.now() - started;
  const child = spawnNextStart(opts.port, { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...opts.env, DATABASE_URL: opts.databaseUrl });
  let output = "";
  let ready: number | null = null;
  let listening: number | null = null;
  let exited: string | null = null;
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk;
    if (ready === null && /Ready in/.test(output)) ready = since();
  });
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  child.on("exit", (code, signal) => (exited = `exited (${signal ?? code})`));

  try {
    for (;;) {
      if (exited) throw new Error(`bench: the server ${exited} before answering:\n${output.trim()}`);
      if (since() > timeoutMs) throw new Error(`bench: no 200 from ${target} within ${timeoutMs} ms:\n${output.trim()}`);
      const status = await probe(opts.port, target);
      if (status !== null && listening === null) listening = since();
      if (status === 200) return { firstOk: since(), ready, listening, output };
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await stop(child);
  }
}

/** The HTTP status, or null while nothing accepts connections. */
function probe(port: number, urlPath: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent: false, timeout: 30_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
    });
    req.on("error", () => resolve(null));
    req.on("timeout", () => req.destroy());
  });
}
