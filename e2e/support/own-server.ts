/**
 * A second production server with its own settings and its own fresh PGlite
 * database, for the few specs that must change what the shared one runs with
 * (a tiny IP failure limit, COOKIE_SECURE=false) without disturbing the others.
 * Started through scripts/e2e-server.sh like the shared one; stopped by its pid.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { MAIL_CAPTURE_URL } from "./mail";

export type OwnServer = { baseURL: string; stop(): Promise<void> };

/** Two above the shared server's port (one above is free for the mail capture by convention). */
export const OWN_SERVER_PORT = Number(process.env.E2E_PORT ?? 3210) + 2;

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const port = OWN_SERVER_PORT;
  const baseURL = `http://localhost:${port}`;
  // A server left over from an aborted run would answer the health check below, and the spec
  // would then test it, not the settings it asked for.
  if (await answers(`${baseURL}/api/health`)) {
    throw new Error(`port ${port} is already in use (a server left over from an earlier run?): stop it first`);
  }
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    RESEND_API_KEY: "re_e2e_capture",
    RESEND_BASE_URL: MAIL_CAPTURE_URL,
    MAIL_FROM: "Tobira <no-reply@tobira.test>",
    ...env,
  };
  delete childEnv.E2E_DATABASE_URL; // never the shared server's database
  const child: ChildProcess = spawn("bash", ["scripts/e2e-server.sh"], { env: childEnv, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM"); // its own process group: bash and the next start it exec'd
    await exited;
  };
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`own e2e server exited (${child.exitCode}): ${stderr}`);
    if (await answers(`${baseURL}/api/health`)) return { baseURL, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`own e2e server on ${port} did not answer in time: ${stderr}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // not listening
  }
}
