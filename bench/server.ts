/** A production server for the load measurements: started, awaited, stopped. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** `next start` of the production build on 127.0.0.1 (as the peer's bench), run by node itself (no npx), with BENCH_NODE_ARGS. */
export function spawnNextStart(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(" ") : [];
  return spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
}

export type RunningServer = { origin: string; stop(): Promise<void>; output(): string };

export async function startServer(opts: { port: number; databaseUrl: string; timeoutMs?: number }): Promise<RunningServer> {
  const child = spawnNextStart(opts.port, {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: opts.databaseUrl,
      // Codes are never mailed in the bench (TOTP only); this keeps a slip visible but harmless.
      TOBIRA_DEV_OUTBOX: "1",
      RESEND_API_KEY: "",
      IP_FAILURE_LIMIT: "100000",
      // Each punch carries its own time (x-tobira-test-now), so none is "too soon" after the last (bench/punches.ts).
      TOBIRA_TEST_CLOCK: "1",
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c));
  child.stderr!.on("data", (c: Buffer) => (output += c));
  const origin = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: the server exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(`bench: the server did not become healthy:\n${output}`);
    }
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, stop: () => stop(child), output: () => output };
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await gone;
  clearTimeout(timer);
}
