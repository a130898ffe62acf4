/**
 * What the instances and fault suites run against: a PostgreSQL database
 * (INSTANCES_DATABASE_URL, or a private throw-away server from
 * scripts/pg-private.sh), migrated and seeded by the project's own scripts,
 * and production servers (`next start`, build first) started and stopped here.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { SeededKeys } from "./accounts";
import { dropDatabase } from "../../../tests/support/drop-database";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Ports: INSTANCES_PORT_BASE (3350) and the next four; PostgreSQL from INSTANCES_PG_PORT_BASE (54451) and the next. */
export const PORT_BASE = Number(process.env.INSTANCES_PORT_BASE ?? 3350);
export const PG_PORT_BASE = Number(process.env.INSTANCES_PG_PORT_BASE ?? 54451);
export const PORTS = { a: PORT_BASE, capture: PORT_BASE + 1, b: PORT_BASE + 2, outageCapture: PORT_BASE + 3, outage: PORT_BASE + 4 };

/**
 * Names of the suite's private PostgreSQL servers (scripts/pg-private.sh keeps
 * each one's data under its name): INSTANCES_PG_NAME, else one derived from
 * the port base, so two runs on other ports never share (or stop) a server.
 */
const PG_NAME = process.env.INSTANCES_PG_NAME ?? `faults-${PG_PORT_BASE}`;
export const PG_NAMES = { instances: `${PG_NAME}-instances`, outage: `${PG_NAME}-outage` };

/** scripts/pg-private.sh: start prints the server's URL. */
export function pgPrivate(cmd: "start" | "stop" | "destroy", name: string, port?: number): string {
  const args = [path.join(ROOT, "scripts/pg-private.sh"), cmd, name, ...(port ? [String(port)] : [])];
  return execFileSync("bash", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

/** A new, empty database `name` on the server of `serverUrl` (dropped first if it was there). */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await dropDatabase(admin, name);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The secrets every instance of one deployment shares (README: AUTH_SECRET, TOTP_ENCRYPTION_KEY). */
export function sharedSecrets(): Record<string, string> {
  return { AUTH_SECRET: randomBytes(32).toString("base64url"), TOTP_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
}

/** migrate → demo seed → the suite's accounts; returns their Authenticator keys. */
export function prepareDatabase(databaseUrl: string, secrets: Record<string, string>): SeededKeys {
  const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  const run = (file: string) => execFileSync(TSX, [file], { cwd: ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  run("scripts/db-migrate.ts");
  run("prisma/seed.ts");
  const out = run("e2e/instances/support/seed-accounts.ts").trim().split("\n");
  return JSON.parse(out.at(-1)!) as SeededKeys;
}

export type AppServer = { origin: string; port: number; output: () => string; stop: () => Promise<void> };

/** `next start` of the production build on `port`; resolves when /api/health answers 200. */
export async function startApp(port: number, env: Record<string, string>): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", COOKIE_SECURE: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    port,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The environment of an app instance: database, shared secrets, mail to the capture on `capturePort`. */
export function appEnv(databaseUrl: string, secrets: Record<string, string>, capturePort: number): Record<string, string> {
  return {
    ...secrets,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "5",
    RESEND_API_KEY: "re_instances_capture",
    RESEND_BASE_URL: `http://127.0.0.1:${capturePort}`,
    MAIL_FROM: "Tobira <no-reply@tobira.test>",
    // Short, so the hanging-provider test finishes quickly; the default is 10 s.
    MAIL_TIMEOUT_MS: "2000",
  };
}
